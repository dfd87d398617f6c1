package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists local users in pages of a query, each with its group membership. */
public final class ListLocalUsers {

    private static final int BATCH = 500;

    private final Svms svms;
    private final LocalUsers localUsers;

    private final Memberships memberships;

    public ListLocalUsers(Svms svms, LocalUsers localUsers, Memberships memberships) {
        this.svms = svms;
        this.localUsers = localUsers;
        this.memberships = memberships;
    }

    /**
     * The page of users a query asks for: at most {@code query.limit()} of them, after its position, in its order,
     * each with its groups (read for the whole page at once). Only SVMs with a CIFS server have local users.
     */
    public LocalUserPage page(RecordQuery<LocalUserField> query) {
        List<LocalUser> rows = localUsers.find(query.withLimit(query.limit() + 1));
        boolean more = rows.size() > query.limit();
        List<LocalUser> users = more ? rows.subList(0, query.limit()) : rows;
        Map<SvmUuid, Svm> svmsOfPage = new HashMap<>();
        Map<SvmUuid, List<Sid>> sidsBySvm = new LinkedHashMap<>();
        users.forEach(user -> sidsBySvm.computeIfAbsent(user.svm(), svm -> new ArrayList<>()).add(user.sid()));
        Map<SvmUuid, Map<Sid, List<LocalUserView.Membership>>> groups = new HashMap<>();
        sidsBySvm.forEach((svm, sids) -> {
            svmsOfPage.put(svm, svms.withUuid(svm).orElseThrow());
            groups.put(svm, memberships.groupsOf(svm, sids));
        });
        return new LocalUserPage(users.stream()
                .map(user -> LocalUserView.withGroups(user, svmsOfPage.get(user.svm()),
                        groups.get(user.svm()).getOrDefault(user.sid(), List.of())))
                .toList(), more);
    }

    /** How many users match the query's filters (its position and limit aside). */
    public long count(RecordQuery<LocalUserField> query) {
        return localUsers.count(query);
    }

    /**
     * Visits every user the query's filters match (its order, position and limit aside), a batch at a time in SID
     * order, so that what the visit changes in a user cannot move it before or after the position: memory holds one
     * batch, not the collection. Returns how many were visited.
     */
    public int forEachMatch(RecordQuery<LocalUserField> query, Consumer<LocalUserView> visit) {
        List<RecordQuery.SortKey<LocalUserField>> bySid = List.of(
                new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false),
                new RecordQuery.SortKey<>(LocalUserField.SID, false));
        RecordQuery<LocalUserField> next = new RecordQuery<>(query.filters(), bySid, null, BATCH);
        int visited = 0;
        while (true) {
            LocalUserPage page = page(next);
            page.records().forEach(visit);
            visited += page.records().size();
            if (!page.more()) {
                return visited;
            }
            LocalUserView last = page.records().get(page.records().size() - 1);
            next = new RecordQuery<>(query.filters(), bySid, List.of(last.svmUuid(), last.sid()), BATCH);
        }
    }
}

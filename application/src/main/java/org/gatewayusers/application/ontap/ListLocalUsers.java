package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the local users of one SVM, or of every SVM, each with its group membership. */
public final class ListLocalUsers {

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

    /** {@code svmUuid} narrows the list to one SVM; an unknown UUID lists nothing. */
    public List<LocalUserView> list(Optional<String> svmUuid) {
        Stream<Svm> scope = svmUuid.isPresent()
                ? SvmUuid.parse(svmUuid.get()).flatMap(svms::withUuid).stream()
                : svms.all().stream();
        return scope.filter(svm -> svm.cifsServer().isPresent()).flatMap(this::usersOf).toList();
    }

    private Stream<LocalUserView> usersOf(Svm svm) {
        List<LocalUser> users = localUsers.ofSvm(svm.uuid());
        var groups = memberships.groupsOf(svm.uuid(), users.stream().map(LocalUser::sid).toList());
        return users.stream().map(user -> LocalUserView.withGroups(user, svm, groups.getOrDefault(user.sid(), List.of())));
    }
}

package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the local groups of one SVM, or of every SVM, each with its members. */
public final class ListLocalGroups {

    private final Svms svms;
    private final LocalGroups localGroups;
    private final Memberships memberships;

    public ListLocalGroups(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.svms = svms;
        this.localGroups = localGroups;
        this.memberships = memberships;
    }

    /**
     * The page of groups a query asks for: at most {@code query.limit()} of them, after its position, in its order,
     * each with its members when {@code withMembers} (read for the whole page at once; a group may hold every user of
     * its SVM, so they are read only when the caller shows them). Only SVMs with a CIFS server have local groups.
     */
    public RecordPage<LocalGroupView> page(RecordQuery<LocalGroupField> query, boolean withMembers) {
        RecordPage<LocalGroup> groups = RecordPage.ofOneMore(localGroups.find(query.withLimit(query.limit() + 1)),
                query.limit());
        Map<SvmUuid, Svm> svmsOfPage = new HashMap<>();
        Map<SvmUuid, List<Sid>> sidsBySvm = new LinkedHashMap<>();
        groups.records().forEach(group -> sidsBySvm.computeIfAbsent(group.svm(), svm -> new ArrayList<>())
                .add(group.sid()));
        Map<SvmUuid, Map<Sid, List<LocalGroupView.Member>>> members = new HashMap<>();
        sidsBySvm.forEach((svm, sids) -> {
            svmsOfPage.put(svm, svms.withUuid(svm).orElseThrow());
            members.put(svm, withMembers ? memberships.membersOf(svm, sids) : Map.of());
        });
        return new RecordPage<>(groups.records().stream()
                .map(group -> LocalGroupView.withMembers(group, svmsOfPage.get(group.svm()),
                        members.get(group.svm()).getOrDefault(group.sid(), List.of())))
                .toList(), groups.more());
    }

    /** How many groups match the query's filters (its position and limit aside). */
    public long count(RecordQuery<LocalGroupField> query) {
        return localGroups.count(query);
    }

}

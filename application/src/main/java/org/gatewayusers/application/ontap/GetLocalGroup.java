package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;

import java.util.List;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.Svm;

/** Reads one local group by the SVM's UUID and the group's SID. */
public final class GetLocalGroup {

    private final OntapLookups lookups;
    private final Memberships memberships;

    public GetLocalGroup(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.memberships = memberships;
    }

    public LocalGroupView get(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, sid);
        return LocalGroupView.withMembers(group, svm, memberships.membersOf(svm.uuid(), List.of(group.sid()))
                .getOrDefault(group.sid(), List.of()));
    }

    /** The group without its members (a page of them is read on its own): its SVM, name, SID and description. */
    public LocalGroupView withoutMembers(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        return LocalGroupView.withMembers(lookups.group(svm, sid), svm, List.of());
    }
}

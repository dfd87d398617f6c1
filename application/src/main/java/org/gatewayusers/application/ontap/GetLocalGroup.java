package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;

import org.gatewayusers.domain.ontap.Svm;

/** Reads one local group by the SVM's UUID and the group's SID. */
public final class GetLocalGroup {

    private final OntapLookups lookups;
    private final LocalUsers localUsers;

    public GetLocalGroup(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localUsers = localUsers;
    }

    public LocalGroupView get(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        return LocalGroupView.of(lookups.group(svm, sid), svm, localUsers.ofSvm(svm.uuid()));
    }
}

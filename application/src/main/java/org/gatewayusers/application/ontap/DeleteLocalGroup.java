package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;

import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.Svm;

/** Deletes a local group (its members stay users); built-in groups stay. */
public final class DeleteLocalGroup {

    private final OntapLookups lookups;
    private final LocalGroups localGroups;

    public DeleteLocalGroup(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localGroups = localGroups;
    }

    public void delete(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, sid);
        group.requireDeletable();
        localGroups.remove(group);
    }
}

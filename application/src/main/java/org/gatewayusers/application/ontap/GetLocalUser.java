package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;

import org.gatewayusers.domain.ontap.Svm;

/** Reads one local user by the SVM's UUID and the user's SID, as {@code GET .../{svm.uuid}/{sid}} does. */
public final class GetLocalUser {

    private final OntapLookups lookups;
    private final LocalGroups localGroups;

    public GetLocalUser(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localGroups = localGroups;
    }

    public LocalUserView get(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, USER_NOT_FOUND);
        return LocalUserView.of(lookups.user(svm, sid), svm, localGroups.ofSvm(svm.uuid()));
    }
}

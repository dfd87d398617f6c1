package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;

import java.util.List;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;

/** Reads one local user by the SVM's UUID and the user's SID, as {@code GET .../{svm.uuid}/{sid}} does. */
public final class GetLocalUser {

    private final OntapLookups lookups;
    private final Memberships memberships;

    public GetLocalUser(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.memberships = memberships;
    }

    public LocalUserView get(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, USER_NOT_FOUND);
        LocalUser user = lookups.user(svm, sid);
        return LocalUserView.withGroups(user, svm, memberships.groupsOf(svm.uuid(), List.of(user.sid()))
                .getOrDefault(user.sid(), List.of()));
    }
}

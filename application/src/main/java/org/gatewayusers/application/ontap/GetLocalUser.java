package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;

import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Reads one local user by the SVM's UUID and the user's SID, as {@code GET .../{svm.uuid}/{sid}} does. */
public final class GetLocalUser {

    private final Svms svms;
    private final LocalUsers localUsers;

    public GetLocalUser(Svms svms, LocalUsers localUsers) {
        this.svms = svms;
        this.localUsers = localUsers;
    }

    public LocalUserView get(String svmUuid, String sid) {
        Svm svm = SvmUuid.parse(svmUuid).flatMap(svms::withUuid)
                .orElseThrow(() -> new OntapRejection(USER_NOT_FOUND, "svm.uuid"));
        return Sid.parse(sid).flatMap(s -> localUsers.withSid(svm.uuid(), s))
                .map(user -> LocalUserView.of(user, svm))
                .orElseThrow(() -> new OntapRejection(USER_NOT_FOUND, "sid"));
    }
}

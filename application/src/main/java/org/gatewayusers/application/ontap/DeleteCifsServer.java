package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;

import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;

/** Deletes an SVM's CIFS server, and with it the SVM's local users and groups, as ONTAP does. */
public final class DeleteCifsServer {

    private final OntapLookups lookups;
    private final Svms svms;
    private final LocalUsers localUsers;
    private final LocalGroups localGroups;

    public DeleteCifsServer(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.svms = svms;
        this.localUsers = localUsers;
        this.localGroups = localGroups;
    }

    public void delete(String svmUuid) {
        Svm svm = lookups.svmOfPath(svmUuid, PATH_ENTRY_NOT_FOUND);
        if (svm.cifsServer().isEmpty()) {
            throw new OntapRejection(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID);
        }
        Svm withoutServer = svm.withoutCifsServer();
        // set-based: an SVM of a million users is deleted without reading one of them
        localGroups.removeAllOf(svm.uuid());
        localUsers.removeAllOf(svm.uuid());
        svms.update(withoutServer);
    }
}

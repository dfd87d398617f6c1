package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;

import org.gatewayusers.domain.ontap.Svm;

/** Deletes a data SVM that runs no CIFS server any more. */
public final class DeleteSvm {

    private final OntapLookups lookups;
    private final Svms svms;

    public DeleteSvm(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.svms = svms;
    }

    public void delete(String uuid) {
        Svm svm = lookups.svmOfPath(uuid, PATH_ENTRY_NOT_FOUND);
        svm.requireDeletable();
        svms.remove(svm);
    }
}

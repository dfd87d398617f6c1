package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;

import java.util.Optional;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.ontap.SvmSettings;

/** Renames a data SVM or changes its comment; the settings a change states must be those it runs with. */
public final class UpdateSvm {

    /** What a change asks: a new name and a new comment ({@code ""} clears it) where given. */
    public record Command(String uuid, Optional<String> name, Optional<String> comment, SvmSettings settings) {
    }

    private final OntapLookups lookups;
    private final Svms svms;

    public UpdateSvm(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.svms = svms;
    }

    public SvmView update(Command command) {
        Svm svm = lookups.svmOfPath(command.uuid(), PATH_ENTRY_NOT_FOUND);
        Optional<SvmName> newName = command.name().map(SvmName::parse).filter(name -> !name.equals(svm.name()));
        Svm changed = svm.change(newName, command.comment(), command.settings());
        if (newName.isPresent() && svms.exists(newName.get())) {
            throw new OntapRejection(SVM_EXISTS, Subject.NAME);
        }
        svms.update(changed);
        return SvmView.of(changed);
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;

import java.util.Optional;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;

/** Renames a local group within its domain or changes its description; built-in groups keep their names. */
public final class UpdateLocalGroup {

    private final OntapLookups lookups;
    private final LocalGroups localGroups;
    private final Memberships memberships;

    public UpdateLocalGroup(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localGroups = localGroups;
        this.memberships = memberships;
    }

    public LocalGroupView update(String svmUuid, String sid, Optional<String> name, Optional<String> description) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        // The group first: on an SVM without a CIFS server there is none, and the path names no entry.
        LocalGroup before = lookups.group(svm, sid);
        CifsServer server = svm.requireAcceptsLocalUsers();
        LocalGroup group = before;
        if (name.isPresent()) {
            group = group.renamed(name.get(), server.localDomain());
            if (!group.name().key().equals(before.name().key()) && localGroups.existsNamed(svm.uuid(), group.name())) {
                throw new OntapRejection(GROUP_EXISTS, Subject.NAME);
            }
        }
        if (description.isPresent()) {
            group = group.describedAs(Texts.noneIfEmpty(description.get()));
        }
        localGroups.update(group);
        return LocalGroupView.withMembers(group, svm, memberships.membersOf(svm.uuid(), java.util.List.of(group.sid()))
                .getOrDefault(group.sid(), java.util.List.of()));
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;

import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserDraft;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;

/** Creates a CIFS local user on an SVM. */
public final class CreateLocalUser {

    private final SvmLocator svms;
    private final LocalUsers localUsers;
    private final Rids rids;
    private final CredentialHasher hasher;

    public CreateLocalUser(Svms svms, LocalUsers localUsers, Rids rids, CredentialHasher hasher) {
        this.svms = new SvmLocator(svms);
        this.localUsers = localUsers;
        this.rids = rids;
        this.hasher = hasher;
    }

    public LocalUserView create(CreateLocalUserCommand command) {
        Svm svm = svms.require(command.svm());
        LocalUserDraft draft = svm.draftLocalUser(command.name(), command.password(), command.fullName(),
                command.description(), command.accountDisabled());
        requireGroupsExist(command.membership());
        // The RID is taken first: it holds the SVM, so the check below sees every earlier create on it.
        Rid rid = rids.next(svm.uuid());
        if (localUsers.existsNamed(svm.uuid(), draft.name())) {
            throw new OntapRejection(USER_EXISTS, "name");
        }
        LocalUser user = LocalUser.register(draft, svm.sidFor(rid), hasher.hash(draft.password()));
        localUsers.add(user);
        return LocalUserView.of(user, svm);
    }

    /** No local group can be stored yet, so any group named for membership does not exist. */
    private static void requireGroupsExist(java.util.List<String> groups) {
        groups.stream().findFirst().ifPresent(group -> {
            throw new OntapRejection(GROUP_NOT_FOUND, "membership", group);
        });
    }
}

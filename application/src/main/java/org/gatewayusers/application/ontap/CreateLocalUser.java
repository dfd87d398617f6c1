package org.gatewayusers.application.ontap;

import java.util.List;
import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserDraft;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.shared.CredentialHash;

/** Creates a CIFS local user on an SVM, optionally as a member of some of its local groups. */
public final class CreateLocalUser {

    private final SvmLocator svms;
    private final OntapLookups lookups;
    private final LocalUsers localUsers;
    private final Memberships memberships;
    private final Rids rids;
    private final CredentialHasher hasher;

    public CreateLocalUser(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships, Rids rids,
            CredentialHasher hasher) {
        this.svms = new SvmLocator(svms);
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localUsers = localUsers;
        this.memberships = memberships;
        this.rids = rids;
        this.hasher = hasher;
    }

    public LocalUserView create(CreateLocalUserCommand command) {
        Svm svm = svms.require(command.svm());
        LocalUserDraft draft = svm.draftLocalUser(command.name(), command.password(), command.fullName(),
                command.description(), command.accountDisabled());
        CifsServer server = svm.requireAcceptsLocalUsers();
        List<LocalGroup> groups = command.membership().stream()
                .map(group -> lookups.groupForMembership(svm, server, group))
                .toList();
        // a name taken is refused by the store's uniqueness of names as USER_EXISTS (LocalUsers.add), whether it was
        // taken long before or by a create of the same moment: no look-up ahead of the insert (a query per create),
        // at the price of a RID left unused by the refused create, as ONTAP's RIDs have gaps too
        CredentialHash hash = hasher.hash(draft.password());
        Rid rid = rids.next(svm.uuid());
        LocalUser user = LocalUser.register(draft, svm.sidFor(rid), hash);
        localUsers.add(user);
        groups.forEach(group -> memberships.add(svm.uuid(), group.sid(), List.of(user.sid())));
        // a new user is in the groups it asked for and no others: read them back only when there are some
        List<LocalUserView.Membership> membership = groups.isEmpty() ? List.of()
                : memberships.groupsOf(svm.uuid(), List.of(user.sid())).getOrDefault(user.sid(), List.of());
        return LocalUserView.withGroups(user, svm, membership);
    }
}

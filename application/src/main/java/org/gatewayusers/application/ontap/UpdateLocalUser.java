package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_RENAME_TARGET_EXISTS;

import java.util.List;
import org.gatewayusers.application.shared.CredentialHasher;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;

/** Changes a local user: rename, password, full name, description, enabled or not, membership. */
public final class UpdateLocalUser {

    private final OntapLookups lookups;
    private final LocalUsers localUsers;
    private final Memberships memberships;
    private final CredentialHasher hasher;

    public UpdateLocalUser(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships,
            CredentialHasher hasher) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localUsers = localUsers;
        this.memberships = memberships;
        this.hasher = hasher;
    }

    /**
     * Changes every user the query matches at once, when the change is one no rule depends on (full name,
     * description, enabled or not); empty when it is not, and then nothing has changed.
     */
    public java.util.OptionalLong updateAll(RecordQuery<LocalUserField> query, LocalUserChanges changes) {
        return PlainLocalUserChanges.of(changes).map(plain -> java.util.OptionalLong.of(plain.isEmpty()
                ? localUsers.count(query) : localUsers.changeAll(query, plain)))
                .orElse(java.util.OptionalLong.empty());
    }

    public LocalUserView update(String svmUuid, String sid, LocalUserChanges changes) {
        Svm svm = lookups.svmOfPath(svmUuid, USER_NOT_FOUND);
        // The user first: on an SVM without a CIFS server there is none, and the path names no entry.
        LocalUser before = lookups.user(svm, sid);
        CifsServer server = svm.requireAcceptsLocalUsers();
        LocalUser user = before;
        if (changes.name().isPresent()) {
            user = user.renamed(changes.name().get());
            if (!user.name().key().equals(before.name().key()) && localUsers.existsNamed(svm.uuid(), user.name())) {
                throw new OntapRejection(USER_RENAME_TARGET_EXISTS, Subject.NAME);
            }
        }
        if (changes.fullName().isPresent()) {
            user = user.withFullName(Texts.noneIfEmpty(changes.fullName().get()));
        }
        if (changes.description().isPresent()) {
            user = user.describedAs(Texts.noneIfEmpty(changes.description().get()));
        }
        user = changes.accountDisabled().map(user::withAccountDisabled).orElse(user);
        if (changes.password().isPresent()) {
            user.requireAcceptablePassword(changes.password().get());
            user = user.withCredential(hasher.hash(changes.password().get()));
        }
        List<LocalGroup> wanted = changes.membership().map(names -> names.stream()
                .map(name -> lookups.groupForMembership(svm, server, name)).toList()).orElse(null);
        localUsers.update(user);
        if (wanted != null) {
            memberships.replaceGroupsOf(svm.uuid(), user.sid(), wanted.stream().map(LocalGroup::sid).toList());
        }
        return LocalUserView.withGroups(user, svm, memberships.groupsOf(svm.uuid(), List.of(user.sid()))
                .getOrDefault(user.sid(), List.of()));
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;

import java.util.List;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;

/** Deletes a local user, and its place in every group; the built-in Administrator stays. */
public final class DeleteLocalUser {

    private final OntapLookups lookups;
    private final LocalUsers localUsers;
    private final LocalGroups localGroups;

    public DeleteLocalUser(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localUsers = localUsers;
        this.localGroups = localGroups;
    }

    public void delete(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, USER_NOT_FOUND);
        LocalUser user = lookups.user(svm, sid);
        user.requireDeletable();
        localGroups.ofSvm(svm.uuid()).stream()
                .filter(group -> group.hasMember(user.sid()))
                .forEach(group -> localGroups.update(group.withoutMembers(List.of(user.sid()))));
        localUsers.remove(user);
    }
}

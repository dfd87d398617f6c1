package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ADMINISTRATOR_CANNOT_BE_DELETED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NOT_FOUND;

import java.util.ArrayList;
import java.util.List;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;

/** Deletes a local user, and its place in every group; the built-in Administrator stays. */
public final class DeleteLocalUser {

    private final OntapLookups lookups;
    private final LocalUsers localUsers;
    private final Memberships memberships;

    public DeleteLocalUser(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localUsers = localUsers;
        this.memberships = memberships;
    }

    /**
     * Deletes every user the query matches, all or none: when the matches include an SVM's Administrator, nothing
     * is deleted. Returns how many there were.
     */
    public long deleteAll(RecordQuery<LocalUserField> query) {
        List<RecordQuery.Filter<LocalUserField>> administrators = new ArrayList<>(query.filters());
        administrators.add(new RecordQuery.Filter<>(LocalUserField.SID, List.of(new RecordQuery.Alternative(false,
                RecordQuery.Operator.GLOB, "*-" + Rid.ADMINISTRATOR.value()))));
        if (localUsers.count(new RecordQuery<>(administrators, query.order(), null, 1)) > 0) {
            throw new OntapRejection(ADMINISTRATOR_CANNOT_BE_DELETED, Subject.SID);
        }
        return localUsers.removeAll(query);
    }

    public void delete(String svmUuid, String sid) {
        Svm svm = lookups.svmOfPath(svmUuid, USER_NOT_FOUND);
        LocalUser user = lookups.user(svm, sid);
        user.requireDeletable();
        memberships.removeUser(svm.uuid(), user.sid());
        localUsers.remove(user);
    }
}

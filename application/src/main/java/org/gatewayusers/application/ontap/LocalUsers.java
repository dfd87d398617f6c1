package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/** The CIFS local users of all SVMs. */
public interface LocalUsers {

    boolean existsNamed(SvmUuid svm, LocalUserName name);

    /** Adds a new user; a user of the same name on the SVM is rejected as {@code USER_EXISTS}, even in a race. */
    void add(LocalUser user);

    Optional<LocalUser> withSid(SvmUuid svm, Sid sid);

    Optional<LocalUser> named(SvmUuid svm, LocalUserName name);

    /** Removes every user of one SVM, with their memberships, in one statement; how many there were. */
    long removeAllOf(SvmUuid svm);

    /**
     * The users the query matches, on SVMs with a CIFS server, in its order, after its position, at most
     * {@code query.limit()} of them.
     */
    List<LocalUser> find(RecordQuery<LocalUserField> query);

    /** How many users the query's filters match (its position and limit aside). */
    long count(RecordQuery<LocalUserField> query);

    /** Applies plain changes to every user the query's filters match, in one statement; how many there were. */
    long changeAll(RecordQuery<LocalUserField> query, PlainLocalUserChanges changes);

    /**
     * Removes every user the query's filters match, with their places in groups, in one statement; how many there
     * were.
     */
    long removeAll(RecordQuery<LocalUserField> query);

    /** Stores a changed user; a new name that another user of the SVM has is rejected as {@code USER_EXISTS}. */
    void update(LocalUser user);

    /** Removes the user, and with it its place in every group. */
    void remove(LocalUser user);
}

package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/** The CIFS local groups of all SVMs, with their members. */
public interface LocalGroups {

    boolean existsNamed(SvmUuid svm, LocalGroupName name);

    /** Adds a new group with its first members; a group of the same name on the SVM is rejected as {@code GROUP_EXISTS}, even in a race. */
    void add(LocalGroup group);

    Optional<LocalGroup> withSid(SvmUuid svm, Sid sid);

    Optional<LocalGroup> named(SvmUuid svm, LocalGroupName name);

    /** Removes every group of one SVM, with their memberships, in one statement; how many there were. */
    long removeAllOf(SvmUuid svm);

    /**
     * The groups the query matches, on SVMs with a CIFS server, in its order, after its position, at most
     * {@code query.limit()} of them.
     */
    List<LocalGroup> find(RecordQuery<LocalGroupField> query);

    /** How many groups the query's filters match (its position and limit aside). */
    long count(RecordQuery<LocalGroupField> query);

    /** Stores a changed group: name and description (its members change through {@link Memberships}). */
    void update(LocalGroup group);

    void remove(LocalGroup group);
}

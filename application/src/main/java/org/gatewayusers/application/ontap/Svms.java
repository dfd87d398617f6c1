package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.ontap.SvmUuid;

/** The SVMs of the cluster. */
public interface Svms {

    Optional<Svm> withUuid(SvmUuid uuid);

    Optional<Svm> named(String name);

    /**
     * The data SVMs (not the cluster's admin SVM) that a query asks for: its filters, its order, after its position,
     * at most its limit; one statement, on indexes, whatever the number of SVMs.
     */
    List<Svm> find(RecordQuery<SvmField> query);

    /** How many data SVMs match the query's filters (its position and limit aside). */
    long count(RecordQuery<SvmField> query);

    /** As {@link #find}, over the data SVMs that run a CIFS server, one record each. */
    List<Svm> findWithCifsServer(RecordQuery<CifsServiceField> query);

    /** As {@link #count}, over the data SVMs that run a CIFS server. */
    long countWithCifsServer(RecordQuery<CifsServiceField> query);

    /** Adds a new SVM; an SVM of the same name is rejected as {@code SVM_EXISTS}, even in a race. */
    void add(Svm svm);

    /** Stores a change to an SVM that exists, such as its new CIFS server or name; a name taken is {@code SVM_EXISTS}, even in a race. */
    void update(Svm svm);

    /** Removes an SVM that holds nothing any more. */
    void remove(Svm svm);

    default boolean exists(SvmName name) {
        return named(name.value()).isPresent();
    }
}

package org.gatewayusers.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The database's unique constraints are the last line of defence against a race the domain's
 * own check cannot see; this turns their violation into the domain's "already exists".
 */
public final class ConstraintViolations {

    /** SQLSTATE class 23, integrity constraint violation, in PostgreSQL and H2 alike. */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private ConstraintViolations() {
    }

    /** Inserts the entity now, so that a duplicate is refused here rather than at commit. */
    public static void persistOrReject(EntityManager em, Object entity, Supplier<? extends RuntimeException> rejection) {
        rejectingViolations(() -> {
            em.persist(entity);
            em.flush();
        }, rejection);
    }

    /** Writes the changes made to managed entities now, so that a duplicate is refused here rather than at commit. */
    public static void flushOrReject(EntityManager em, Supplier<? extends RuntimeException> rejection) {
        rejectingViolations(em::flush, rejection);
    }

    private static void rejectingViolations(Runnable write, Supplier<? extends RuntimeException> rejection) {
        try {
            write.run();
        } catch (PersistenceException failure) {
            if (isConstraintViolation(failure)) {
                throw rejection.get();
            }
            throw failure;
        }
    }

    static boolean isConstraintViolation(Throwable failure) {
        // a cause chain may loop back on itself (A caused by B caused by A): visit each exception once
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}

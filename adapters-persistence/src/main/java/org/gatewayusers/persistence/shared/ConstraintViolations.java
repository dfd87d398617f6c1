package org.gatewayusers.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The database's unique constraints are the last line of defence against a race the domain's
 * own check cannot see; this turns their violation into the domain's "already exists".
 */
public final class ConstraintViolations {

    /** SQLSTATE class 23, integrity constraint violation, in PostgreSQL and H2 alike. */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";
    /** SQLSTATE 23505, a unique or primary key violated, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    /** Inserts the entity now, so that a duplicate is refused here rather than at commit. */
    public static void persistOrReject(EntityManager em, Object entity, Supplier<? extends RuntimeException> rejection) {
        rejectingViolations(() -> {
            em.persist(entity);
            em.flush();
        }, rejection);
    }

    /**
     * Inserts the entity now, telling a duplicate (a unique constraint) from any other violated constraint, such as a
     * row it refers to that is gone (a foreign key: SQLSTATE 23503 in PostgreSQL, 23506 in H2).
     */
    public static void persistOrReject(EntityManager em, Object entity, Supplier<? extends RuntimeException> duplicate,
            Supplier<? extends RuntimeException> otherViolation) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                throw duplicate.get();
            }
            if (isConstraintViolation(failure)) {
                throw otherViolation.get();
            }
            throw failure;
        }
    }

    /**
     * Runs an {@code INSERT ... ON CONFLICT DO NOTHING}: a row that a unique constraint already holds, committed before or
     * by a transaction racing this one, inserts nothing, which is the rejection; the database waits for the racing
     * transaction to end, and no exception is raised (nor logged by the persistence provider) for an ordinary duplicate.
     * Any other violated constraint is the rejection too.
     */
    public static void insertOrReject(EntityManager em, String insertUnlessConflicting,
            Supplier<? extends RuntimeException> rejection, Object... values) {
        jakarta.persistence.Query insert = em.createNativeQuery(insertUnlessConflicting);
        for (int i = 0; i < values.length; i++) {
            insert.setParameter(i + 1, values[i]);
        }
        int inserted;
        try {
            inserted = insert.executeUpdate();
        } catch (PersistenceException failure) {
            if (isConstraintViolation(failure)) {
                throw rejection.get();
            }
            throw failure;
        }
        if (inserted == 0) {
            throw rejection.get();
        }
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
        return hasSqlState(failure, state -> state.startsWith(INTEGRITY_CONSTRAINT_VIOLATION));
    }

    static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, UNIQUE_VIOLATION::equals);
    }

    private static boolean hasSqlState(Throwable failure, Predicate<String> wanted) {
        // a cause chain may loop back on itself (A caused by B caused by A): visit each exception once
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && wanted.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

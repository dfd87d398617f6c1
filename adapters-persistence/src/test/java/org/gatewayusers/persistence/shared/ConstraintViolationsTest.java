package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.InOrder;

class ConstraintViolationsTest {

    private static final class AlreadyExists extends RuntimeException {
    }

    private final EntityManager em = mock(EntityManager.class);
    private final Object entity = new Object();

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"23505", "23503", "23502", "23514", "23000"})
    void recognises_every_integrity_constraint_violation(String sqlState) {
        assertTrue(ConstraintViolations.isConstraintViolation(new SQLException("violated", sqlState)));
    }

    @Test
    void finds_a_unique_violation_deep_in_a_cause_chain() {
        SQLException duplicate = new SQLException("duplicate key", "23505");
        Throwable chain = new PersistenceException("flush failed",
                new RuntimeException("vendor exception", new IllegalStateException("wrapped", duplicate)));

        assertTrue(ConstraintViolations.isConstraintViolation(chain));
    }

    @Test
    void finds_a_unique_violation_wrapped_in_another_sql_exception() {
        SQLException outer = new SQLException("batch failed", "HY000", new SQLException("duplicate", "23505"));

        assertTrue(ConstraintViolations.isConstraintViolation(outer));
    }

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"40001", "08006", "42P01", "22001", "HY000", "2", "32505", ""})
    void ignores_other_sql_states(String sqlState) {
        Throwable chain = new PersistenceException("failed", new SQLException("other", sqlState));

        assertFalse(ConstraintViolations.isConstraintViolation(chain));
    }

    @ParameterizedTest
    @NullSource
    void ignores_an_sql_exception_without_a_state(String sqlState) {
        assertFalse(ConstraintViolations.isConstraintViolation(new SQLException("no state", sqlState)));
    }

    @Test
    void ignores_a_chain_without_any_sql_exception() {
        assertFalse(ConstraintViolations.isConstraintViolation(
                new PersistenceException("failed", new IllegalArgumentException("not sql"))));
    }

    @Test
    void does_not_take_the_exception_class_for_the_state() {
        // the JDBC subclass alone says nothing: only the SQLState is read
        assertFalse(ConstraintViolations.isConstraintViolation(new SQLIntegrityConstraintViolationException("no state")));
    }

    @Test
    void ends_on_a_cause_chain_that_loops() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> ConstraintViolations.isConstraintViolation(second)));
    }

    @Test
    void persists_and_flushes_the_entity() {
        ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new);

        InOrder order = inOrder(em);
        order.verify(em).persist(entity);
        order.verify(em).flush();
    }

    @Test
    void throws_the_supplied_rejection_when_flush_violates_a_unique_constraint() {
        doThrow(new PersistenceException("flush failed", new SQLException("dup", "23505"))).when(em).flush();
        AlreadyExists rejection = new AlreadyExists();

        assertSame(rejection, assertThrows(AlreadyExists.class,
                () -> ConstraintViolations.persistOrReject(em, entity, () -> rejection)));
    }

    @Test
    void throws_the_supplied_rejection_when_persist_itself_violates_a_constraint() {
        doThrow(new PersistenceException("insert failed", new SQLException("dup", "23505"))).when(em).persist(entity);

        assertThrows(AlreadyExists.class, () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new));
    }

    @Test
    void rethrows_any_other_persistence_failure_unchanged() {
        PersistenceException deadlock = new PersistenceException("flush failed", new SQLException("deadlock", "40P01"));
        doThrow(deadlock).when(em).flush();

        assertSame(deadlock, assertThrows(PersistenceException.class,
                () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new)));
    }

    @Test
    void rethrows_a_failure_without_an_sql_cause_unchanged() {
        PersistenceException failure = new PersistenceException("no connection");
        doThrow(failure).when(em).flush();

        assertSame(failure, assertThrows(PersistenceException.class,
                () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new)));
    }

    @Test
    void leaves_failures_that_are_not_persistence_exceptions_alone() {
        IllegalArgumentException notAnEntity = new IllegalArgumentException("not an entity");
        doThrow(notAnEntity).when(em).persist(entity);

        assertSame(notAnEntity, assertThrows(IllegalArgumentException.class,
                () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new)));
    }

    @Test
    void flushes_the_changes_of_managed_entities() {
        ConstraintViolations.flushOrReject(em, AlreadyExists::new);

        verify(em).flush();
        verifyNoMoreInteractions(em);
    }

    @Test
    void throws_the_supplied_rejection_when_a_change_violates_a_unique_constraint() {
        doThrow(new PersistenceException("flush failed", new SQLException("dup", "23505"))).when(em).flush();
        AlreadyExists rejection = new AlreadyExists();

        assertSame(rejection, assertThrows(AlreadyExists.class, () -> ConstraintViolations.flushOrReject(em, () -> rejection)));
    }

    @Test
    void rethrows_any_other_failure_of_a_flush_unchanged() {
        PersistenceException deadlock = new PersistenceException("flush failed", new SQLException("deadlock", "40P01"));
        doThrow(deadlock).when(em).flush();

        assertSame(deadlock, assertThrows(PersistenceException.class,
                () -> ConstraintViolations.flushOrReject(em, AlreadyExists::new)));
    }

    private static final class ParentMissing extends RuntimeException {
    }

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"23505"})
    void tells_a_duplicate_from_other_violations(String sqlState) {
        doThrow(new PersistenceException("flush failed", new SQLException("dup", sqlState))).when(em).flush();

        assertThrows(AlreadyExists.class,
                () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new, ParentMissing::new));
    }

    @ParameterizedTest(name = "SQLState {0}")
    @ValueSource(strings = {"23503", "23506", "23502", "23514"})
    void throws_the_other_rejection_for_a_missing_parent_or_another_violated_constraint(String sqlState) {
        doThrow(new PersistenceException("flush failed", new RuntimeException(new SQLException("fk", sqlState))))
                .when(em).flush();

        assertThrows(ParentMissing.class,
                () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new, ParentMissing::new));
    }

    @Test
    void rethrows_a_failure_that_violates_no_constraint_whichever_rejections_it_was_given() {
        PersistenceException deadlock = new PersistenceException("flush failed", new SQLException("deadlock", "40P01"));
        doThrow(deadlock).when(em).flush();

        assertSame(deadlock, assertThrows(PersistenceException.class,
                () -> ConstraintViolations.persistOrReject(em, entity, AlreadyExists::new, ParentMissing::new)));
    }

    @Test
    void recognises_only_23505_as_a_unique_violation() {
        assertTrue(ConstraintViolations.isUniqueViolation(new SQLException("dup", "23505")));
        assertFalse(ConstraintViolations.isUniqueViolation(new SQLException("fk", "23503")));
        assertFalse(ConstraintViolations.isUniqueViolation(new SQLException("none", (String) null)));
    }
}

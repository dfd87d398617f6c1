package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void theDatabaseIsReadFromTheConnectionOfThePersistenceUnit() {
        try (InMemoryDatabase db = InMemoryDatabase.migrated()) {
            assertEquals(SqlDialect.H2, db.fromTransaction(SqlDialect::of));
            // and again, from what was read the first time
            assertEquals(SqlDialect.H2, db.fromTransaction(SqlDialect::of));
        }
    }

    @Test
    void productNamesAsJdbcDriversReportThem() {
        assertEquals(SqlDialect.H2, SqlDialect.named("H2"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.named("PostgreSQL"));
        assertEquals(SqlDialect.OTHER, SqlDialect.named("Oracle"));
        assertEquals(SqlDialect.OTHER, SqlDialect.named(null));
    }

    @Test
    void onlyH2LeavesThePlanToTheAdapters() {
        assertFalse(SqlDialect.H2.choosesIndexesByStatistics());
        assertTrue(SqlDialect.POSTGRESQL.choosesIndexesByStatistics());
        assertTrue(SqlDialect.OTHER.choosesIndexesByStatistics());
    }
}

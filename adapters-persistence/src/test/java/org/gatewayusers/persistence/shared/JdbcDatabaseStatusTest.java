package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.gatewayusers.application.shared.DatabaseStatus.State;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** What a readiness probe learns from the database: ready, not migrated (yet, or any more), or unreachable. */
class JdbcDatabaseStatusTest {

    private static JdbcDataSource emptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:status-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static void execute(JdbcDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void is_ready_once_every_listed_migration_is_applied() {
        try (InMemoryDatabase db = InMemoryDatabase.migrated()) {
            assertEquals(State.READY, new JdbcDatabaseStatus(db.dataSource()).check());
        }
    }

    @Test
    void is_not_migrated_while_the_database_has_no_schema_yet() throws SQLException {
        JdbcDataSource dataSource = emptyDatabase();
        assertEquals(State.SCHEMA_NOT_MIGRATED, new JdbcDatabaseStatus(dataSource).check());
        DatabaseMigrations.migrate(dataSource, false);
        assertEquals(State.READY, new JdbcDatabaseStatus(dataSource).check());
        execute(dataSource, "SHUTDOWN");
    }

    @Test
    void is_not_migrated_while_the_latest_migration_is_missing_or_failed() throws SQLException {
        JdbcDataSource dataSource = emptyDatabase();
        DatabaseMigrations.migrate(dataSource, false);
        String latest = JdbcDatabaseStatus.latestVersion(ListedMigrations.SCHEMA);
        execute(dataSource, "UPDATE flyway_schema_history SET success = FALSE WHERE version = '" + latest + "'");
        assertEquals(State.SCHEMA_NOT_MIGRATED, new JdbcDatabaseStatus(dataSource).check());
        execute(dataSource, "DELETE FROM flyway_schema_history WHERE version = '" + latest + "'");
        assertEquals(State.SCHEMA_NOT_MIGRATED, new JdbcDatabaseStatus(dataSource).check());
        execute(dataSource, "SHUTDOWN");
    }

    @Test
    void is_unreachable_when_no_connection_can_be_had() {
        JdbcDataSource gone = new JdbcDataSource();
        // IFEXISTS: H2 refuses to create it, as a server refuses a dropped database
        gone.setURL("jdbc:h2:mem:gone-" + UUID.randomUUID() + ";IFEXISTS=TRUE");
        assertEquals(State.UNREACHABLE, new JdbcDatabaseStatus(gone).check());
    }

    @Test
    void reads_the_version_flyway_records_from_the_last_listed_script() {
        assertEquals("6", JdbcDatabaseStatus.latestVersion(List.of("db/migration/V1__a.sql", "db/migration/V6__ontap_accounts.sql")));
        assertEquals("12", JdbcDatabaseStatus.latestVersion(List.of("db/migration/V12__later.sql")));
        assertEquals("2.1", JdbcDatabaseStatus.latestVersion(List.of("db/migration/V2_1__dotted.sql")));
        assertThrows(IllegalStateException.class, () -> JdbcDatabaseStatus.latestVersion(List.of("db/demo/R__demo_svms.sql")));
    }
}

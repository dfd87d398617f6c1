package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Runs the real migrations on H2 in PostgreSQL mode, each test on a database of its own. */
class DatabaseMigrationsTest {

    private static final String SVM = "0f0e0d0c-41be-11e9-81d5-00a0986138f7";
    private static final String OTHER_SVM = "1f1e1d1c-41be-11e9-81d5-00a0986138f7";
    private static final String DOMAIN_SID = "S-1-5-21-1-2-3";

    private final DataSource dataSource = freshDatabase();

    private static DataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return h2;
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private List<String> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private void addSvm(String uuid, String name) throws SQLException {
        update("INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid, cifs_server_name) VALUES (?, ?, 'DATA', ?, 1000, ?)",
                uuid, name, DOMAIN_SID, name.toUpperCase());
    }

    private void addUser(String svm, long rid, String name) throws SQLException {
        update("INSERT INTO cifs_local_user (svm_uuid, sid, rid, name, name_key, account_disabled, credential_scheme, credential_hash)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE, 'NT', '8846F7EAEE8FB117AD06BDD830B7586C')",
                svm, DOMAIN_SID + "-" + rid, rid, name, name.toUpperCase());
    }

    private static void assertIntegrityViolation(SQLException failure) {
        assertTrue(failure.getSQLState().startsWith("23"), failure.getSQLState() + " " + failure.getMessage());
        assertTrue(ConstraintViolations.isConstraintViolation(failure), failure.getMessage());
    }

    private void addGroup(String svm, String sid, String name) throws SQLException {
        update("INSERT INTO cifs_local_group (svm_uuid, sid, name, name_key) VALUES (?, ?, ?, ?)",
                svm, sid, name, name.toUpperCase());
    }

    private void addMember(String svm, String groupSid, long userRid) throws SQLException {
        update("INSERT INTO cifs_group_member (svm_uuid, group_sid, member_sid) VALUES (?, ?, ?)",
                svm, groupSid, DOMAIN_SID + "-" + userRid);
    }

    @Test
    void creates_the_svm_and_local_user_tables() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertTrue(tableExists("svm"), "svm");
        assertTrue(tableExists("cifs_local_user"), "cifs_local_user");
    }

    @Test
    void creates_the_local_group_and_membership_tables() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertTrue(tableExists("cifs_local_group"), "cifs_local_group");
        assertTrue(tableExists("cifs_group_member"), "cifs_group_member");
    }

    @Test
    void rejects_a_second_group_of_the_same_name_on_one_svm_whatever_the_case() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addGroup(SVM, DOMAIN_SID + "-1000", "SVM_A\\admins");

        assertIntegrityViolation(assertThrows(SQLException.class, () -> addGroup(SVM, DOMAIN_SID + "-1001", "SVM_A\\ADMINS")));
    }

    @Test
    void allows_the_same_builtin_group_sid_on_every_svm() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addSvm(OTHER_SVM, "svm_b");
        addGroup(SVM, "S-1-5-32-544", "BUILTIN\\Administrators");

        assertDoesNotThrow(() -> addGroup(OTHER_SVM, "S-1-5-32-544", "BUILTIN\\Administrators"));
    }

    @Test
    void rejects_a_member_that_is_no_user_of_the_groups_svm() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addSvm(OTHER_SVM, "svm_b");
        addUser(OTHER_SVM, 1000, "SVM_B\\alex");
        addGroup(SVM, "S-1-5-32-544", "BUILTIN\\Administrators");

        assertIntegrityViolation(assertThrows(SQLException.class, () -> addMember(SVM, "S-1-5-32-544", 1000)));
    }

    @Test
    void drops_the_memberships_of_a_deleted_group_or_user() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addUser(SVM, 1000, "SVM_A\\alex");
        addUser(SVM, 1001, "SVM_A\\blake");
        addGroup(SVM, "S-1-5-32-544", "BUILTIN\\Administrators");
        addGroup(SVM, "S-1-5-32-545", "BUILTIN\\Users");
        addMember(SVM, "S-1-5-32-544", 1000);
        addMember(SVM, "S-1-5-32-545", 1000);
        addMember(SVM, "S-1-5-32-545", 1001);

        update("DELETE FROM cifs_local_group WHERE sid = 'S-1-5-32-544'");
        update("DELETE FROM cifs_local_user WHERE rid = 1000");

        assertEquals(List.of("S-1-5-32-545 " + DOMAIN_SID + "-1001"),
                query("SELECT group_sid || ' ' || member_sid FROM cifs_group_member"));
    }

    @Test
    void adds_the_demo_data_svm_that_is_to_get_its_cifs_server_when_asked() throws SQLException {
        DatabaseMigrations.migrate(dataSource, true);

        assertAll(
                // the CIFS server comes through the application (DemoDataLoaded), with what any CIFS server brings
                () -> assertEquals(java.util.Collections.singletonList(null), query("SELECT cifs_server_name FROM svm WHERE name = 'svm1'")),
                () -> assertEquals(List.of("DATA"), query("SELECT svm_type FROM svm WHERE name = 'svm1'")),
                () -> assertEquals(List.of("02c9e252-41be-11e9-81d5-00a0986138f7"), query("SELECT uuid FROM svm WHERE name = 'svm1'")),
                () -> assertEquals(List.of("1000"), query("SELECT next_rid FROM svm WHERE name = 'svm1'")));
    }

    @Test
    void adds_the_cluster_admin_svm_without_a_cifs_server_when_asked() throws SQLException {
        DatabaseMigrations.migrate(dataSource, true);

        assertEquals(List.of("ADMIN"), query("SELECT svm_type FROM svm WHERE name = 'cluster1'"));
        assertNull(query("SELECT cifs_server_name FROM svm WHERE name = 'cluster1'").get(0));
    }

    @Test
    void leaves_the_demo_data_out_when_not_asked() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM svm"));
    }

    @Test
    void migrating_twice_is_harmless() throws SQLException {
        DatabaseMigrations.migrate(dataSource, true);
        addSvm(SVM, "svm_a");
        addUser(SVM, 1000, "SVM_A\\alex");

        assertDoesNotThrow(() -> DatabaseMigrations.migrate(dataSource, true));

        assertEquals(List.of("cluster1", "svm1", "svm_a"), query("SELECT name FROM svm ORDER BY name"));
        assertEquals(List.of("1"), query("SELECT COUNT(*) FROM cifs_local_user"));
    }

    @Test
    void migrating_twice_without_demo_data_is_harmless() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertDoesNotThrow(() -> DatabaseMigrations.migrate(dataSource, false));
        assertEquals(List.of("0"), query("SELECT COUNT(*) FROM svm"));
    }

    @Test
    void adds_the_demo_data_to_a_database_first_migrated_without_it() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        DatabaseMigrations.migrate(dataSource, true);

        assertEquals(List.of("cluster1", "svm1"), query("SELECT name FROM svm ORDER BY name"));
    }

    @Test
    void starts_without_demo_data_on_a_database_first_migrated_with_it() throws SQLException {
        DatabaseMigrations.migrate(dataSource, true);

        assertDoesNotThrow(() -> DatabaseMigrations.migrate(dataSource, false));
        assertEquals(List.of("cluster1", "svm1"), query("SELECT name FROM svm ORDER BY name"));
    }

    @Test
    void does_not_add_a_demo_svm_again_when_one_of_that_name_exists() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm1");

        DatabaseMigrations.migrate(dataSource, true);

        assertEquals(List.of(SVM), query("SELECT uuid FROM svm WHERE name = 'svm1'"));
    }

    @Test
    void rejects_a_second_user_of_the_same_name_on_one_svm_whatever_the_case() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addUser(SVM, 1000, "SVM_A\\alex");

        assertIntegrityViolation(assertThrows(SQLException.class, () -> addUser(SVM, 1001, "SVM_A\\ALEX")));
    }

    @Test
    void allows_the_same_user_name_on_another_svm() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addSvm(OTHER_SVM, "svm_b");
        addUser(SVM, 1000, "SMB\\alex");

        assertDoesNotThrow(() -> addUser(OTHER_SVM, 1000, "SMB\\alex"));
    }

    @Test
    void rejects_a_second_user_with_the_same_rid_on_one_svm() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        addUser(SVM, 1000, "SVM_A\\alex");

        SQLException failure = assertThrows(SQLException.class,
                () -> update("INSERT INTO cifs_local_user (svm_uuid, sid, rid, name, name_key, account_disabled, credential_scheme, credential_hash)"
                        + " VALUES (?, 'S-1-5-21-9-9-9-1000', 1000, 'SVM_A\\blake', 'SVM_A\\BLAKE', FALSE, 'NT', 'X')", SVM));
        assertIntegrityViolation(failure);
    }

    @Test
    void rejects_a_user_of_an_svm_that_does_not_exist() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertIntegrityViolation(assertThrows(SQLException.class, () -> addUser(SVM, 1000, "SVM_A\\alex")));
    }

    @Test
    void rejects_a_second_svm_of_the_same_name() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");

        assertIntegrityViolation(assertThrows(SQLException.class, () -> addSvm(OTHER_SVM, "svm_a")));
    }

    @Test
    void rejects_an_svm_type_other_than_data_or_admin() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertIntegrityViolation(assertThrows(SQLException.class, () -> update(
                "INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid) VALUES (?, 'svm_x', 'NODE', ?, 1000)",
                SVM, DOMAIN_SID)));
    }

    @Test
    void rejects_a_next_rid_below_1000() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertIntegrityViolation(assertThrows(SQLException.class, () -> update(
                "INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid) VALUES (?, 'svm_x', 'DATA', ?, 999)",
                SVM, DOMAIN_SID)));
    }

    @Test
    void advances_the_rid_counter_from_1000_one_update_at_a_time() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);
        addSvm(SVM, "svm_a");
        List<Long> handedOut = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            // the statements JpaRidBlocks issues: advance, then read back and take the value before
            assertEquals(1, update("UPDATE svm SET next_rid = next_rid + 1 WHERE uuid = ?", SVM));
            handedOut.add(Long.parseLong(query("SELECT next_rid FROM svm WHERE uuid = ?", SVM).get(0)) - 1);
        }

        assertEquals(List.of(1000L, 1001L, 1002L), handedOut);
    }

    @Test
    void advances_no_counter_for_an_svm_that_does_not_exist() throws SQLException {
        DatabaseMigrations.migrate(dataSource, false);

        assertEquals(0, update("UPDATE svm SET next_rid = next_rid + 1 WHERE uuid = ?", SVM));
    }
}

package org.gatewayusers.persistence.access;

import static org.gatewayusers.persistence.shared.QueryPlans.query;
import static org.gatewayusers.persistence.shared.QueryPlans.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The requests of the API account benchmark read a handful of index entries on H2, opened as the server opens it
 * ({@code DEFAULT_NULL_ORDERING=HIGH}): H2's own {@code EXPLAIN ANALYZE} counts the rows each one scans, at 5,000 API
 * accounts seeded as the benchmark seeds them.
 */
class JpaApiAccountQueryPlansTest {

    private static final int ROWS = 5_000;
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");

    private static final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();

    @BeforeAll
    static void seed() throws SQLException {
        String padded = "LPAD(CAST(g.x AS VARCHAR), 7, '0')";
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals(ROWS, statement.executeUpdate("INSERT INTO ontap_api_account (name, role_name,"
                    + " credential_scheme, credential_hash) SELECT 'user' || " + padded + ", 'readonly', 'x', 'x'"
                    + " FROM generate_series(1, " + ROWS + ") AS g(x)"));
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    private static long accounts(RecordQuery<ApiAccountField> query) {
        return scanned(db, db.fromTransaction(em -> AccessStore.accounts(em).findStatement(query, NOW)));
    }

    @Test
    void accounts_page_and_look_up_on_indexes() {
        assertTrue(accounts(query(null, null, null, null, 21, List.of(ApiAccountField.NAME))) <= 22);
        long next = accounts(query(null, null, null, List.of("user0002500"), 21, List.of(ApiAccountField.NAME)));
        assertTrue(next <= 23, "scanned " + next);
        long byName = accounts(query(ApiAccountField.NAME, Operator.EQUAL, "USER0002500", null, 10_001,
                List.of(ApiAccountField.NAME)));
        assertTrue(byName <= 3, "scanned " + byName);
    }
}

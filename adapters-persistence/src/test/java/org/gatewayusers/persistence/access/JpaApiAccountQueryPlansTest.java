package org.gatewayusers.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.gatewayusers.persistence.shared.QuerySql;
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
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
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

    private static <F> RecordQuery<F> query(F field, Operator operator, String value, List<Object> after, int limit,
            List<F> order) {
        List<RecordQuery.Filter<F>> filters = new ArrayList<>();
        if (field != null) {
            filters.add(new RecordQuery.Filter<>(field, List.of(new Alternative(false, operator, value))));
        }
        return new RecordQuery<>(filters, order.stream().map(key -> new RecordQuery.SortKey<>(key, false)).toList(),
                after, limit);
    }

    /** Runs the statement under {@code EXPLAIN ANALYZE}: how many rows it read. */
    private static long scanned(QuerySql.Statement statement) {
        String plan = db.query("EXPLAIN ANALYZE " + statement.sql().replaceAll("\\?\\d+", "?"),
                statement.parameters().toArray()).get(0);
        Matcher scans = SCAN_COUNT.matcher(plan);
        assertTrue(scans.find(), plan);
        long total = 0;
        do {
            total += Long.parseLong(scans.group(1));
        } while (scans.find());
        return total;
    }

    private static long accounts(RecordQuery<ApiAccountField> query) {
        return scanned(db.fromTransaction(em -> AccessStore.accounts(em).findStatement(query, NOW)));
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

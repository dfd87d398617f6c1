package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;

/** How many rows a typed query's statement reads on H2, by H2's own {@code EXPLAIN ANALYZE}. */
public final class QueryPlans {

    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private QueryPlans() {
    }

    /** A query of at most one filter of one alternative, in the order of the given fields. */
    public static <F> RecordQuery<F> query(F field, Operator operator, String value, List<Object> after, int limit,
            List<F> order) {
        List<RecordQuery.Filter<F>> filters = new ArrayList<>();
        if (field != null) {
            filters.add(new RecordQuery.Filter<>(field, List.of(new Alternative(false, operator, value))));
        }
        return new RecordQuery<>(filters, order.stream().map(key -> new RecordQuery.SortKey<>(key, false)).toList(),
                after, limit);
    }

    /** Runs the statement under {@code EXPLAIN ANALYZE}: how many rows it read. */
    public static long scanned(InMemoryDatabase db, QuerySql.Statement statement) {
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
}

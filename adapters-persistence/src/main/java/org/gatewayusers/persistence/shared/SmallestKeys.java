package org.gatewayusers.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The smallest keys of a statement that selects one text key in no order ({@link QuerySql#keys}), read on H2 with
 * lazy query execution, in the transaction's own connection: H2 then hands the keys over as it reads them from the
 * index, and only a page of them is ever held here. Sorting them in SQL made H2 materialize every match first, and
 * beyond its {@code MAX_MEMORY_ROWS} (about 20,000 rows in a 512 MiB heap) write them to a temporary store to sort
 * them: a broad {@code name=user0*} in SID order on 1,000,000 users read 100,000 keys that way per page.
 *
 * <p>The keys compare as H2 compares text without a collation ({@link String#compareTo}), which is how the order of a
 * canonical key column ({@link QuerySql#ordersByAlone}) sorts there.
 */
public final class SmallestKeys {

    private SmallestKeys() {
    }

    /** At most {@code limit} keys of the statement, ascending. */
    public static List<String> of(EntityManager em, QuerySql.Statement keys, int limit) {
        PriorityQueue<String> largestFirst = new PriorityQueue<>(Math.max(1, limit), Comparator.reverseOrder());
        Connection connection = em.unwrap(Connection.class);
        try (Statement session = connection.createStatement()) {
            session.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try (PreparedStatement select = connection.prepareStatement(keys.jdbcSql())) {
                for (int i = 0; i < keys.parameters().size(); i++) {
                    select.setObject(i + 1, keys.parameters().get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keep(largestFirst, rows.getString(1), limit);
                    }
                }
            } finally {
                // the pooled connection goes on to statements that expect results they can read twice
                session.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        } catch (SQLException failure) {
            throw new PersistenceException(failure);
        }
        List<String> smallest = new ArrayList<>(largestFirst);
        smallest.sort(Comparator.naturalOrder());
        return smallest;
    }

    private static void keep(PriorityQueue<String> largestFirst, String key, int limit) {
        if (largestFirst.size() < limit) {
            largestFirst.add(key);
        } else if (limit > 0 && key.compareTo(largestFirst.peek()) < 0) {
            largestFirst.poll();
            largestFirst.add(key);
        }
    }
}

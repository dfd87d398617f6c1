package org.gatewayusers.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The database a persistence unit runs on, for the few statements whose best plan differs between H2 and
 * PostgreSQL (the SQL itself is valid on both). Read once per persistence unit from the JDBC connection's metadata,
 * which EclipseLink hands out in a transaction; under another provider (or with no connection yet) the database
 * counts as {@link #OTHER}, whose plans are the ones valid everywhere.
 */
public enum SqlDialect {
    H2,
    POSTGRESQL,
    OTHER;

    private static final Map<EntityManagerFactory, SqlDialect> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Whether the database chooses between the index of a query's filter and the index of its order from what it
     * knows of the rows (PostgreSQL's planner, by its statistics). H2 does not: it reads the filter's index whole and
     * sorts, however many rows that is, so on H2 the adapters write the plan that bounds the reading themselves.
     * The one place that tells the databases apart for a plan.
     */
    public boolean choosesIndexesByStatistics() {
        return this != H2;
    }

    /**
     * What a generated column's definition ends with: PostgreSQL requires {@code STORED}, which H2 refuses (the
     * migrations' placeholder {@code ${generated_stored}}).
     */
    public String generatedColumnStorage() {
        return this == POSTGRESQL ? "STORED" : "";
    }

    /** The database of the persistence context's unit; call it in a transaction. */
    public static SqlDialect of(EntityManager em) {
        EntityManagerFactory factory = em.getEntityManagerFactory();
        SqlDialect known = KNOWN.get(factory);
        if (known != null) {
            return known;
        }
        try {
            if (!em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence.")) {
                // only EclipseLink (Open Liberty's provider) is asked for its connection: another provider may refuse
                // with an exception that marks the transaction for rollback
                KNOWN.put(factory, OTHER);
                return OTHER;
            }
            Connection connection = em.unwrap(Connection.class);
            if (connection == null) {
                return OTHER;
            }
            SqlDialect dialect = named(connection.getMetaData().getDatabaseProductName());
            KNOWN.put(factory, dialect);
            return dialect;
        } catch (SQLException | RuntimeException notAJdbcConnection) {
            // not cached: a later transaction may hand it out
            return OTHER;
        }
    }

    /** From JDBC's {@code DatabaseMetaData.getDatabaseProductName()}. */
    static SqlDialect named(String product) {
        String name = product == null ? "" : product.toUpperCase(Locale.ROOT);
        return name.equals("H2") ? H2 : name.startsWith("POSTGRESQL") ? POSTGRESQL : OTHER;
    }
}

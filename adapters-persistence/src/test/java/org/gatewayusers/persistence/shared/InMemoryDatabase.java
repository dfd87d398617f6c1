package org.gatewayusers.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database of its own for one test: H2 in memory, migrated by the real scripts, and the real
 * persistence unit ({@code META-INF/persistence.xml}) run by EclipseLink outside the container,
 * with local transactions instead of JTA and a JDBC URL instead of the server's data source.
 */
public final class InMemoryDatabase implements AutoCloseable {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory factory;

    private final String name;
    private final boolean owner;

    private InMemoryDatabase(String settings) {
        this("jpa-" + UUID.randomUUID(), "mem:", settings, true);
    }

    private InMemoryDatabase(String name, String location, String settings, boolean owner) {
        this.name = name;
        this.owner = owner;
        String url = "jdbc:h2:" + location + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
                + settings;
        dataSource.setURL(url);
        if (owner) {
            DatabaseMigrations.migrate(dataSource, false);
        }
        factory = Persistence.createEntityManagerFactory("gateway-users", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "",
                "jakarta.persistence.jdbc.password", "",
                // one EntityManagerFactory per database, never one shared by name
                "eclipselink.session-name", "gateway-users-" + url,
                // a refused duplicate is expected in these tests: no stack trace for it
                "eclipselink.logging.level", "SEVERE"));
    }

    /**
     * This database as a second server sees it when it shares an H2 file with AUTO_SERVER: through H2's TCP server
     * (started in this JVM on the given port), with a persistence unit of its own. Closing it leaves the database up.
     */
    public InMemoryDatabase throughTcp(int port) {
        return new InMemoryDatabase(name, "tcp://localhost:" + port + "/mem:", "", false);
    }

    /** The database's own data source, past the persistence unit (as the server's {@code jdbc/gatewayUsers}). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public static InMemoryDatabase migrated() {
        return new InMemoryDatabase("");
    }

    /** Opened with the settings of the server's default H2 URL (nulls sort high, as on PostgreSQL). */
    public static InMemoryDatabase migratedAsTheServerOpensIt() {
        return new InMemoryDatabase(";DEFAULT_NULL_ORDERING=HIGH");
    }

    /** Runs the work in a transaction of a persistence context of its own, as a request does in the container. */
    public <T> T fromTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The first column of each row, read with plain JDBC past the persistence unit. */
    public List<String> query(String sql, Object... parameters) {
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
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        factory.close();
        if (!owner) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}

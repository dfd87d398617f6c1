package org.gatewayusers.persistence.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gatewayusers.application.shared.DatabaseStatus;

/**
 * Asks the database itself, with one query of at most {@value #TIMEOUT_SECONDS} seconds, whether Flyway's history
 * holds the latest schema migration of this build as applied. A statement refused for an unknown table or column
 * (SQLSTATE class 42: no history yet) means the schema is not migrated; any other failure, or no connection at all,
 * means the database is unreachable.
 */
@ApplicationScoped
public class JdbcDatabaseStatus implements DatabaseStatus {

    static final int TIMEOUT_SECONDS = 2;
    static final String LATEST_APPLIED = "SELECT COUNT(*) FROM flyway_schema_history WHERE version = ? AND success";
    private static final Pattern VERSION = Pattern.compile("/V(\\d+(?:[._]\\d+)*)__[^/]*$");

    @Resource(lookup = "jdbc/gatewayUsers")
    DataSource dataSource;

    private final String expectedVersion = latestVersion(ListedMigrations.SCHEMA);

    public JdbcDatabaseStatus() {
    }

    JdbcDatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public State check() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException unreachable) {
            return State.UNREACHABLE;
        }
        try (connection; PreparedStatement statement = connection.prepareStatement(LATEST_APPLIED)) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.setString(1, expectedVersion);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0 ? State.READY : State.SCHEMA_NOT_MIGRATED;
            }
        } catch (SQLException failed) {
            String state = failed.getSQLState();
            return state != null && state.startsWith("42") ? State.SCHEMA_NOT_MIGRATED : State.UNREACHABLE;
        } catch (RuntimeException failed) {
            return State.UNREACHABLE;
        }
    }

    /** The version of the last listed schema script, as Flyway records it ({@code V7__x.sql} gives {@code 7}). */
    static String latestVersion(List<String> scripts) {
        Matcher matcher = VERSION.matcher(scripts.get(scripts.size() - 1));
        if (!matcher.find()) {
            throw new IllegalStateException("not a versioned migration: " + scripts.get(scripts.size() - 1));
        }
        return matcher.group(1).replace('_', '.');
    }
}

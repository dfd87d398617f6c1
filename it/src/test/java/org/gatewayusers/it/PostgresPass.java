package org.gatewayusers.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The PostgreSQL pass ({@code it.database=postgres}, the failsafe execution {@code postgres}): before any test runs,
 * empties its PostgreSQL database, then starts two copies of the build's server on it at the same moment (the
 * start-up race of two servers on an empty database, every run) and points the tests at them: the first at
 * {@code http.port}/{@code https.port}, the second at {@code it.second.http.port}/{@code it.second.https.port}. They
 * stop when the pass ends.
 *
 * <p>Settings (system properties of the build): {@code it.pg.url} (by default
 * {@code jdbc:postgresql://localhost:5432/gateway_users_it_<the build's HTTP port>}, created when missing),
 * {@code it.pg.user} and {@code it.pg.password} ({@code gateway}); the two servers listen on the build's HTTP and HTTPS
 * ports plus 1 and plus 2 unless {@code it.pg.http.port}, {@code it.pg.https.port}, {@code it.second.http.port},
 * {@code it.second.https.port} say otherwise.
 *
 * <p>Without a PostgreSQL that answers, the pass is skipped, saying so, unless {@code CI=true}: then it fails.
 */
public final class PostgresPass implements LauncherSessionListener, ExecutionCondition {

    static final String FIRST = "gatewayUsersPg";
    static final String SECOND = "gatewayUsersPg2";

    private static volatile String skipped;
    private static volatile List<LibertyServer> started = List.of();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Server.onPostgres() || !started.isEmpty()) {
            return;
        }
        int buildHttp = Server.httpPort();
        int buildHttps = Server.httpsPort();
        String url = System.getProperty("it.pg.url", "jdbc:postgresql://localhost:5432/gateway_users_it_" + buildHttp);
        String user = System.getProperty("it.pg.user", "gateway");
        String password = System.getProperty("it.pg.password", "gateway");
        try {
            emptyDatabase(url, user, password);
        } catch (SQLException unreachable) {
            String why = "no PostgreSQL at " + url + " as " + user + " (" + unreachable.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and the PostgreSQL pass cannot run: " + why, unreachable);
            }
            skipped = "PostgreSQL pass SKIPPED: " + why + ". The H2 pass ran. To run this pass, start PostgreSQL on "
                    + "localhost:5432 with a role gateway/gateway that may create databases (or give -Dit.pg.url, "
                    + "-Dit.pg.user, -Dit.pg.password), then run ./mvnw verify again; CI (.ci/run) installs one.";
            System.err.println("\n*** " + skipped + "\n");
            return;
        }
        Map<String, String> database = databaseEnvironment(url, user, password);
        System.setProperty("liberty.template.server.name", System.getProperty("liberty.server.name", "gatewayUsers"));
        LibertyServer first = LibertyServer.copy(FIRST, port("it.pg.http.port", buildHttp + 1),
                port("it.pg.https.port", buildHttps + 1), database);
        LibertyServer second = LibertyServer.copy(SECOND, port("it.second.http.port", buildHttp + 2),
                port("it.second.https.port", buildHttps + 2), database);
        started = List.of(first, second);
        System.out.println("PostgreSQL pass: " + url + "; servers " + FIRST + " on " + first.httpPort() + " and " + SECOND
                + " on " + second.httpPort() + ", started at once on the emptied database");
        // both at once, on the empty database: the start-up race of two servers, in every run
        CompletableFuture<Void> one = CompletableFuture.runAsync(first::startAndAwaitReady);
        CompletableFuture<Void> other = CompletableFuture.runAsync(second::startAndAwaitReady);
        CompletableFuture.allOf(one, other).join();

        System.setProperty("http.port", String.valueOf(first.httpPort()));
        System.setProperty("https.port", String.valueOf(first.httpsPort()));
        System.setProperty("liberty.server.name", FIRST);
        System.setProperty("it.second.http.port", String.valueOf(second.httpPort()));
        System.setProperty("it.second.https.port", String.valueOf(second.httpsPort()));
        System.setProperty("it.second.server.name", SECOND);
        System.setProperty("it.pg.url", url);
        System.setProperty("it.pg.user", user);
        System.setProperty("it.pg.password", password);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        started.forEach(LibertyServer::stopQuietly);
        started = List.of();
    }

    /** Every test of the pass is skipped, with the reason, where PostgreSQL does not answer outside CI. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = skipped;
        return reason == null ? ConditionEvaluationResult.enabled("PostgreSQL answers, or this is the H2 pass")
                : ConditionEvaluationResult.disabled(reason);
    }

    /** The environment of a server of this pass: its database. */
    static Map<String, String> databaseEnvironment() {
        return databaseEnvironment(System.getProperty("it.pg.url"), System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password"));
    }

    private static Map<String, String> databaseEnvironment(String url, String user, String password) {
        return Map.of("DB_URL", url, "DB_USER", user, "DB_PASSWORD", password, "DB_DRIVER", "org.postgresql.Driver");
    }

    /** A connection to the pass's database, for tests that check rows directly. */
    static Optional<Connection> connection() throws SQLException {
        if (!Server.onPostgres() || skipped != null) {
            return Optional.empty();
        }
        return Optional.of(DriverManager.getConnection(System.getProperty("it.pg.url"), System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password")));
    }

    /** Creates the database when it is missing, then drops everything in it: each run starts from nothing. */
    private static void emptyDatabase(String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            drop(connection);
        } catch (SQLException missing) {
            if (!"3D000".equals(missing.getSQLState())) {
                throw missing;
            }
            URI server = URI.create(url.substring("jdbc:".length()));
            String name = server.getPath().substring(1);
            if (!name.matches("[a-z0-9_]+")) {
                throw missing;
            }
            try (Connection maintenance = DriverManager.getConnection("jdbc:postgresql://" + server.getAuthority()
                    + "/postgres", user, password); Statement statement = maintenance.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                drop(connection);
            }
        }
    }

    private static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private static int port(String property, int otherwise) {
        String value = System.getProperty(property, "");
        return value.matches("[0-9]+") ? Integer.parseInt(value) : otherwise;
    }
}

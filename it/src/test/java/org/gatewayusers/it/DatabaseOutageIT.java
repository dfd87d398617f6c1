package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: a second server of this build (ports {@code http.port + 3}, {@code https.port + 3})
 * on a PostgreSQL database of its own becomes ready once it has migrated the schema, goes down when PostgreSQL stops
 * accepting connections to that database (and drops the ones it had), while staying alive, and comes back when the
 * database does. Needs a PostgreSQL server ({@code it.pg.url}, {@code it.pg.user}, {@code it.pg.password}, by default
 * {@code localhost:5432} as {@code gateway}); skipped without one, a failure under {@code CI=true}.
 */
class DatabaseOutageIT {

    private static final String SERVER = "healthProbe";
    private static final String ADMIN_URL = System.getProperty("it.pg.url", "jdbc:postgresql://localhost:5432/postgres");
    private static final String PG_USER = System.getProperty("it.pg.user", "gateway");
    private static final String PG_PASSWORD = System.getProperty("it.pg.password", "gateway");
    private static final String DATABASE = "gu_health_" + UUID.randomUUID().toString().substring(0, 8);
    private static final int HTTP_PORT = Integer.parseInt(System.getProperty("http.port", "9080")) + 3;
    private static final int HTTPS_PORT = Server.httpsPort() + 3;

    private static final Operations probe = new Operations(URI.create("http://localhost:" + HTTP_PORT),
            URI.create("https://localhost:" + HTTPS_PORT));
    private static boolean started;

    @BeforeAll
    static void startASecondServerOnItsOwnPostgresqlDatabase() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("it.ontap.https"), "the run over HTTPS repeats the ONTAP suite only");
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, PG_USER, PG_PASSWORD)) {
            execute(admin, "CREATE DATABASE " + DATABASE);
        } catch (SQLException noPostgresql) {
            String why = "no PostgreSQL at " + ADMIN_URL + " as " + PG_USER + " (" + noPostgresql.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ": PostgreSQL is required under CI=true");
            }
            Assumptions.abort("skipped, " + why);
        }
        try (java.net.Socket taken = new java.net.Socket("localhost", HTTP_PORT)) {
            fail("port " + HTTP_PORT + " is taken already (a server left running by an interrupted run?)");
        } catch (IOException free) {
            // as it should be
        }
        createServer();
        started = true;
        // not waited for: on a busy machine "server start" gives up before the server is up; readiness decides
        new ProcessBuilder(script().toString(), "start", SERVER).inheritIO().start();
    }

    @AfterAll
    static void stopTheServerAndDropItsDatabase() throws Exception {
        if (started) {
            server("stop");
        }
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, PG_USER, PG_PASSWORD)) {
            execute(admin, "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException noPostgresql) {
            // nothing was created
        }
    }

    @Test
    void readiness_goes_down_when_the_database_goes_away_and_up_when_it_returns() throws Exception {
        Reply ready = awaitReadiness(200, Duration.ofMinutes(8));
        assertEquals("ready", Operations.check(ready, "database").orElseThrow().getJsonObject("data").getString("state"));

        try (Connection admin = DriverManager.getConnection(ADMIN_URL, PG_USER, PG_PASSWORD)) {
            execute(admin, "ALTER DATABASE " + DATABASE + " WITH ALLOW_CONNECTIONS false");
            execute(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");

            Reply down = awaitReadiness(503, Duration.ofSeconds(60));
            assertEquals("DOWN", down.json().getString("status"));
            assertEquals("unreachable", Operations.check(down, "database").orElseThrow()
                    .getJsonObject("data").getString("state"));
            assertEquals("UP", Operations.check(down, "task-worker").orElseThrow().getString("status"));
            assertEquals("UP", probe.get("/health/live").assertStatus(200).json().getString("status"),
                    "a database outage does not make the server a candidate for a restart");

            execute(admin, "ALTER DATABASE " + DATABASE + " WITH ALLOW_CONNECTIONS true");
            awaitReadiness(200, Duration.ofSeconds(90));
        }
    }

    private static Reply awaitReadiness(int status, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        Reply last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = probe.get("/health/ready");
                if (last.status() == status) {
                    return last;
                }
            } catch (RuntimeException notListening) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        return fail("readiness did not answer " + status + " within " + limit + "; last: "
                + (last == null ? "no answer" : last.status() + " " + last.body()));
    }

    /** A server beside the build's: its configuration, application and drivers, its own ports and database. */
    private static void createServer() throws IOException {
        Path servers = Path.of(System.getProperty("liberty.wlp.dir"), "usr", "servers");
        Path original = servers.resolve(System.getProperty("liberty.server.name"));
        Path copy = servers.resolve(SERVER);
        if (Files.exists(copy)) {
            try (Stream<Path> old = Files.walk(copy)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
        Predicate<Path> wanted = path -> {
            String first = original.relativize(path).toString().split("[/\\\\]")[0];
            return !List.of("logs", "workarea", "database", "serve-database", "resources", "configDropins").contains(first);
        };
        try (Stream<Path> files = Files.walk(original)) {
            for (Path path : files.filter(wanted).toList()) {
                Path target = copy.resolve(original.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        String databaseUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
        Files.writeString(copy.resolve("server.env"), String.join("\n",
                Files.readString(copy.resolve("server.env")).strip(),
                "DB_URL=" + databaseUrl, "DB_DRIVER=org.postgresql.Driver", "DB_USER=" + PG_USER, "DB_PASSWORD=" + PG_PASSWORD,
                "http_port=" + HTTP_PORT, "https_port=" + HTTPS_PORT, ""));
    }

    private static Path script() {
        return Path.of(System.getProperty("liberty.wlp.dir"), "bin", "server");
    }

    private static void server(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(script().toString(), action, SERVER).inheritIO().start();
        if (!process.waitFor(4, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail("server " + action + " " + SERVER + " did not succeed");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

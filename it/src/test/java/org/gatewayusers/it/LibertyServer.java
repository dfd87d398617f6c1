package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An Open Liberty server of this build's runtime ({@code liberty.wlp.dir}), driven as an operator drives it: with
 * {@code bin/server start|stop}, and with {@code kill -9} of its process. Besides the server the build starts, a test may
 * create copies of it (same configuration, same WAR, same JDBC drivers) that listen on other ports and read their own
 * database settings from their {@code server.env}, so that any {@code server start} of them, a restart after a crash
 * among them, finds the same database.
 */
final class LibertyServer {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String name;
    private final int httpPort;
    private final int httpsPort;

    LibertyServer(String name, int httpPort, int httpsPort) {
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    /** The server the build started, or the first server of the PostgreSQL pass: the one {@link Server} talks to. */
    static LibertyServer underTest() {
        return new LibertyServer(System.getProperty("liberty.server.name", "gatewayUsers"), Server.httpPort(),
                Server.httpsPort());
    }

    /** The second server on the same database, where the pass has one (the PostgreSQL pass). */
    static Optional<LibertyServer> second() {
        return Server.secondHttpPort().map(port -> new LibertyServer(System.getProperty("it.second.server.name"), port,
                Server.secondHttpsPort().orElseThrow()));
    }

    static Path wlp() {
        return Path.of(System.getProperty("liberty.wlp.dir"));
    }

    /** The server the build created, whose configuration, application and drivers the copies take. */
    static Path template() {
        return wlp().resolve("usr/servers").resolve(System.getProperty("liberty.template.server.name",
                System.getProperty("liberty.server.name", "gatewayUsers")));
    }

    /**
     * A copy of the build's server under another name, listening on these ports, with these environment variables in
     * its {@code server.env} (DB_URL and friends). An earlier copy of that name is stopped and replaced whole, its
     * logs and embedded database with it.
     */
    static LibertyServer copy(String name, int httpPort, int httpsPort, Map<String, String> environment) {
        LibertyServer server = new LibertyServer(name, httpPort, httpsPort);
        server.stopQuietly();
        Path from = template();
        Path to = server.directory();
        try {
            deleteTree(to);
            Files.createDirectories(to.resolve("configDropins/overrides"));
            for (String file : List.of("server.xml", "jvm.options")) {
                Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            copyTree(from.resolve("apps"), to.resolve("apps"));
            copyTree(from.resolve("jdbc"), to.resolve("jdbc"));
            // the generated keystore (its password is in server.env): a copy need not generate its own at first start
            if (Files.isDirectory(from.resolve("resources/security"))) {
                copyTree(from.resolve("resources/security"), to.resolve("resources/security"));
            }
            server.environment(environment);
            Files.writeString(to.resolve("configDropins/overrides/ports.xml"), """
                    <server>
                        <variable name="http.port" value="%d"/>
                        <variable name="https.port" value="%d"/>
                    </server>
                    """.formatted(httpPort, httpsPort), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return server;
    }

    /**
     * Writes the copy's {@code server.env}: the build's server's own (its keystore password), then these variables;
     * the next start reads it.
     */
    void environment(Map<String, String> environment) {
        try {
            List<String> env = new ArrayList<>();
            Path template = template().resolve("server.env");
            if (Files.exists(template)) {
                env.addAll(Files.readAllLines(template, StandardCharsets.UTF_8));
            }
            environment.forEach((variable, value) -> env.add(variable + "=" + value));
            Files.write(directory().resolve("server.env"), env, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    String name() {
        return name;
    }

    int httpPort() {
        return httpPort;
    }

    int httpsPort() {
        return httpsPort;
    }

    URI base() {
        return URI.create("http://localhost:" + httpPort);
    }

    Path directory() {
        return wlp().resolve("usr/servers").resolve(name);
    }

    Path logs() {
        return directory().resolve("logs");
    }

    /** {@code server start}; its exit code (0: started). */
    int start() {
        return command("start");
    }

    /** Starts the server and waits until it answers; fails the test if it does not. */
    void startAndAwaitReady() {
        int exit = start();
        if (exit != 0) {
            fail("server start " + name + " exited with " + exit + "\n" + tail());
        }
        awaitReady();
    }

    /** {@code server stop}; its exit code. */
    int stop() {
        return command("stop");
    }

    void stopQuietly() {
        if (Files.isDirectory(directory())) {
            command("stop");
        }
    }

    /** {@code kill -9} of the server's process: no shutdown hook, no flush, nothing but what the database already has. */
    void kill() {
        ProcessHandle process = process().orElseThrow(() -> new AssertionError("server " + name + " is not running"));
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notDead) {
            throw new AssertionError("server " + name + " did not die", notDead);
        }
    }

    /** The server's JVM, if it runs. */
    Optional<ProcessHandle> process() {
        Path pidFile = wlp().resolve("usr/servers/.pid").resolve(name + ".pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** Waits until {@code GET /api/cluster} answers 200. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (answers()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        fail("server " + name + " did not answer within " + READY_WITHIN + "\n" + tail());
    }

    /** Whether {@code GET /api/cluster} answers 200 now. */
    boolean answers() {
        return status("/api/cluster") == 200;
    }

    /** The status of an authenticated {@code GET}, or -1 when nothing answers. */
    int status(String path) {
        String basic = Base64.getEncoder().encodeToString((OntapClient.ADMIN + ":" + OntapClient.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException refused) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Everything the server wrote to {@code messages.log} (all of it, over restarts). */
    String messages() {
        try {
            Path log = logs().resolve("messages.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The FFDC incident files the server wrote. */
    List<Path> ffdcIncidents() {
        Path ffdc = logs().resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.filter(file -> file.getFileName().toString().startsWith("ffdc_")).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String tail() {
        String all = messages();
        return "--- end of " + name + "'s messages.log:\n" + all.substring(Math.max(0, all.length() - 6000));
    }

    private int command(String action) {
        Path script = wlp().resolve("bin/server");
        try {
            Process process = new ProcessBuilder(script.toString(), action, name).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("server " + action + " " + name + " did not return\n" + output);
            }
            System.out.print(output.lines().map(line -> "[" + name + "] " + line).collect(Collectors.joining("\n", "", "\n")));
            return process.exitValue();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}

package org.gatewayusers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Samba server for one export of this service: {@code tools/samba-sync} polling the export into a directory,
 * and {@code smbd} in the foreground on a port of 127.0.0.1, with private, lock, state and cache directories of its
 * own, {@code passdb backend = smbpasswd:<that directory>/smbpasswd} and {@code nss_wrapper} reading the
 * {@code passwd} and {@code group} files beside it (no system account is created). Two shares over one directory:
 * {@code data} for every account, {@code eng} for the members of the local group {@code engineers} only.
 */
final class SambaHost implements AutoCloseable {

    static final String ALL_USERS_SHARE = "data";
    static final String ENGINEERS_SHARE = "eng";
    static final String ENGINEERS = "engineers";
    static final String MARKER_FILE = "hello-from-gateway-users.txt";

    private static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern NT_STATUS = Pattern.compile("NT_STATUS_[A-Z_]+");
    private static final List<String> NSS_WRAPPER_PATHS = List.of("/usr/lib/x86_64-linux-gnu/libnss_wrapper.so",
            "/usr/lib/aarch64-linux-gnu/libnss_wrapper.so", "/usr/lib64/libnss_wrapper.so", "/usr/lib/libnss_wrapper.so");

    /** What a login with smbclient gave: its exit status and what it printed. */
    record Login(int exit, String output) {

        boolean listed() {
            return exit == 0 && output.contains(MARKER_FILE);
        }

        /** The first {@code NT_STATUS_...} smbclient printed, or empty. */
        String status() {
            Matcher status = NT_STATUS.matcher(output);
            return status.find() ? status.group() : "";
        }

        @Override
        public String toString() {
            return "exit " + exit + ": " + output.strip();
        }
    }

    private final Path root;
    private final int port;
    private final Process sync;
    private final Process smbd;
    private final String smbclient;

    private SambaHost(Path root, int port, Process sync, Process smbd, String smbclient) {
        this.root = root;
        this.port = port;
        this.sync = sync;
        this.smbd = smbd;
        this.smbclient = smbclient;
    }

    /** What this machine lacks to run Samba here, in a sentence; empty when nothing is missing. */
    static Optional<String> missing() {
        List<String> absent = new ArrayList<>();
        if (executable("smbd", "/usr/sbin", "/sbin").isEmpty()) {
            absent.add("smbd (Debian package samba)");
        }
        if (executable("smbclient", "/usr/bin").isEmpty()) {
            absent.add("smbclient (package smbclient)");
        }
        if (nssWrapper().isEmpty()) {
            absent.add("libnss_wrapper.so (package libnss-wrapper)");
        }
        if (executable("python3", "/usr/bin").isEmpty()) {
            absent.add("python3 (for tools/samba-sync)");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            absent.add("root (smbd switches to each user's Unix id to serve a share)");
        }
        return absent.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", absent));
    }

    /** A free TCP port of 127.0.0.1, or the one asked for. */
    static int port(int asked) {
        if (asked > 0) {
            return asked;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Writes the export's files once with the sync tool, starts it polling every {@code interval}, then starts smbd
     * on the port and waits until it accepts connections.
     */
    static SambaHost start(Path root, String exportUrl, int port, Duration interval) throws IOException, InterruptedException {
        Path files = Files.createDirectories(root.resolve("sync"));
        for (String directory : List.of("private", "lock", "state", "cache", "pid", "ncalrpc", "log")) {
            Files.createDirectories(root.resolve(directory));
        }
        Path share = Files.createDirectories(root.resolve("share"));
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.writeString(share.resolve(MARKER_FILE), "hello\n");
        Files.setPosixFilePermissions(share.resolve(MARKER_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        Path conf = root.resolve("smb.conf");
        Files.writeString(conf, smbConf(root, files, share, port));
        Files.writeString(root.resolve("client.conf"), "[global]\n  client min protocol = SMB2\n");

        List<String> syncCommand = List.of(executable("python3", "/usr/bin").orElseThrow(), sambaSync().toString(),
                "--url", exportUrl, "--dir", files.toString());
        Process once = tool(syncCommand, List.of("--once"), root.resolve("log/sync-once.out"));
        if (!once.waitFor(60, TimeUnit.SECONDS) || once.exitValue() != 0) {
            throw new IllegalStateException("samba-sync --once failed: " + Files.readString(root.resolve("log/sync-once.out")));
        }
        Process sync = tool(syncCommand, List.of("--interval", Double.toString(interval.toMillis() / 1000.0)),
                root.resolve("log/sync.out"));

        ProcessBuilder smbd = new ProcessBuilder(executable("smbd", "/usr/sbin", "/sbin").orElseThrow(),
                "--foreground", "--debug-stdout", "-s", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("log/smbd.out").toFile());
        Map<String, String> environment = smbd.environment();
        environment.put("LD_PRELOAD", nssWrapper().orElseThrow());
        environment.put("NSS_WRAPPER_PASSWD", files.resolve("passwd").toString());
        environment.put("NSS_WRAPPER_GROUP", files.resolve("group").toString());
        SambaHost host = new SambaHost(root, port, sync, smbd.start(), executable("smbclient", "/usr/bin").orElseThrow());
        host.awaitListening();
        return host;
    }

    /** The smb.conf of a standalone server serving this service's accounts (the README shows the same). */
    static String smbConf(Path root, Path files, Path share, int port) {
        return """
                [global]
                  server role = standalone server
                  security = user
                  passdb backend = smbpasswd:%1$s/smbpasswd
                  guest account = smbguest@export
                  map to guest = never
                  smb ports = %2$d
                  interfaces = 127.0.0.1
                  bind interfaces only = yes
                  server min protocol = SMB2
                  disable netbios = yes
                  load printers = no
                  printcap name = /dev/null
                  disable spoolss = yes
                  private dir = %3$s/private
                  lock directory = %3$s/lock
                  state directory = %3$s/state
                  cache directory = %3$s/cache
                  pid directory = %3$s/pid
                  ncalrpc dir = %3$s/ncalrpc
                  log file = %3$s/log/log.%%m
                  log level = 1

                [%4$s]
                  path = %5$s
                  read only = no

                [%6$s]
                  path = %5$s
                  read only = no
                  valid users = @%7$s
                """.formatted(files, port, root, ALL_USERS_SHARE, share, ENGINEERS_SHARE, ENGINEERS);
    }

    /** Logs in as the user with smbclient (the password in its environment, not its arguments) and lists the share. */
    Login login(String user, String password, String share) {
        ProcessBuilder client = new ProcessBuilder(smbclient, "//127.0.0.1/" + share, "-p", Integer.toString(port),
                "-s", root.resolve("client.conf").toString(), "-U", user, "-c", "ls")
                .redirectErrorStream(true);
        client.environment().put("PASSWD", password);
        try {
            Process process = client.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(LOGIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Login(-1, "smbclient timed out");
            }
            return new Login(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The entity tag of the export the sync tool last wrote (it changes whenever the files do). */
    String etag() {
        try {
            Path saved = root.resolve("sync/.etag");
            return Files.exists(saved) ? Files.readString(saved).strip() : "";
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Stops smbd (with the children it forked for sessions) and the sync tool. */
    @Override
    public void close() {
        for (Process process : List.of(smbd, sync)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : List.of(smbd, sync)) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitListening() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!smbd.isAlive()) {
                throw new IllegalStateException("smbd stopped: " + Files.readString(root.resolve("log/smbd.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("smbd is not listening on " + port + ": " + Files.readString(root.resolve("log/smbd.out")));
    }

    private static Process tool(List<String> command, List<String> options, Path output) throws IOException {
        List<String> all = new ArrayList<>(command);
        all.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("SAMBA_SYNC_USER", OntapClient.ADMIN);
        builder.environment().put("SAMBA_SYNC_PASSWORD", OntapClient.ADMIN_PASSWORD);
        return builder.start();
    }

    /** {@code tools/samba-sync} of this working tree ({@code it} runs with its module directory as working directory). */
    private static Path sambaSync() {
        Path tool = Path.of("..", "tools", "samba-sync").toAbsolutePath().normalize();
        if (!Files.isRegularFile(tool)) {
            throw new IllegalStateException("no " + tool);
        }
        return tool;
    }

    private static Optional<String> executable(String name, String... extraDirectories) {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"));
        return Stream.concat(path, Stream.of(extraDirectories))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private static Optional<String> nssWrapper() {
        return NSS_WRAPPER_PATHS.stream().filter(library -> Files.exists(Path.of(library))).findFirst();
    }
}

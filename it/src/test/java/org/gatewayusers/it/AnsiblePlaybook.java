package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a playbook of {@code src/test/ansible} with the real {@code ansible-playbook} against the server the build
 * started, over HTTPS, as the demo admin, and reads what each task reported from Ansible's {@code json} callback.
 *
 * <p>Without {@code ansible-playbook} on the {@code PATH} the calling test is skipped with a plain message, unless
 * {@code CI=true}, where a missing tool is a failure ({@code .ci/run} installs it).
 *
 * <p>Each task's name ends with what its module must report: {@code => changed} or {@code => unchanged};
 * {@link Run#assertEveryTaskAsNamed()} checks every task against its name.
 */
final class AnsiblePlaybook {

    static final String EXECUTABLE = "ansible-playbook";
    private static final Path PLAYBOOKS = Path.of("src", "test", "ansible");
    private static final Path WORK = Path.of("target", "ansible");
    private static final long TIMEOUT_MINUTES = 10;
    private static final String CHANGED = "=> changed";
    private static final String UNCHANGED = "=> unchanged";

    private final String playbook;
    private final Map<String, String> variables = new LinkedHashMap<>();

    private AnsiblePlaybook(String playbook) {
        this.playbook = playbook;
        variables.put("hostname", "127.0.0.1");
        variables.put("http_port", Integer.toString(Server.httpsPort()));
        variables.put("username", OntapClient.ADMIN);
        variables.put("password", OntapClient.ADMIN_PASSWORD);
    }

    /** A playbook of {@code src/test/ansible}, e.g. {@code cifs_local_users.yml}. */
    static AnsiblePlaybook named(String playbook) {
        return new AnsiblePlaybook(playbook);
    }

    AnsiblePlaybook with(String variable, String value) {
        variables.put(variable, value);
        return this;
    }

    /** Skips the calling test when {@code ansible-playbook} is absent, or fails it under {@code CI=true}. */
    static Path requireAnsible() {
        Optional<Path> found = onPath(EXECUTABLE);
        if (found.isEmpty()) {
            String message = EXECUTABLE + " is not installed (Debian: apt-get install ansible): the netapp.ontap playbooks are skipped";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message.replace("are skipped", "cannot run") + ", and CI=true needs them");
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    /** Runs the playbook to its end (or its first failed task) and returns what each task reported. */
    Run run() {
        Path executable = requireAnsible();
        try {
            Path work = Files.createDirectories(WORK.toAbsolutePath());
            Path inventory = work.resolve("inventory");
            Files.writeString(inventory,
                    "localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3\n");
            JsonObjectBuilder vars = Json.createObjectBuilder();
            variables.forEach(vars::add);
            Path varsFile = work.resolve(playbook + ".vars.json");
            Files.writeString(varsFile, vars.build().toString());
            Path output = work.resolve(playbook + ".out.json");
            Path errors = work.resolve(playbook + ".err.txt");
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), "-i", inventory.toString(),
                    "-e", "@" + varsFile, PLAYBOOKS.resolve(playbook).toAbsolutePath().toString())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile());
            Map<String, String> env = builder.environment();
            env.put("ANSIBLE_STDOUT_CALLBACK", "json");
            env.put("ANSIBLE_HOME", work.resolve("home").toString());
            env.put("ANSIBLE_LOCAL_TEMP", work.resolve("tmp").toString());
            env.put("ANSIBLE_RETRY_FILES_ENABLED", "false");
            env.put("ANSIBLE_NOCOLOR", "true");
            env.put("ANSIBLE_PIPELINING", "true");
            env.put("ANSIBLE_PYTHON_INTERPRETER", "/usr/bin/python3");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(playbook + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            String json = Files.readString(output, StandardCharsets.UTF_8);
            if (!json.trim().startsWith("{")) {
                fail(playbook + " printed no JSON (exit " + process.exitValue() + "): " + json
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return new Run(playbook, process.exitValue(), reader.readObject());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What one task of the play reported for localhost: {@code changed}, {@code failed}, and the module's result. */
    record Task(String name, JsonObject result) {

        boolean changed() {
            return result.getBoolean("changed", false);
        }

        boolean failed() {
            return result.getBoolean("failed", false);
        }
    }

    /** One run of a playbook: its exit status and its tasks, in order. */
    record Run(String playbook, int exitStatus, JsonObject output) {

        List<Task> tasks() {
            List<Task> tasks = new ArrayList<>();
            for (JsonValue play : output.getJsonArray("plays")) {
                for (JsonValue task : play.asJsonObject().getJsonArray("tasks")) {
                    JsonObject hosts = task.asJsonObject().getJsonObject("hosts");
                    tasks.add(new Task(task.asJsonObject().getJsonObject("task").getString("name"),
                            hosts.getJsonObject("localhost")));
                }
            }
            return tasks;
        }

        /** The task of this name. */
        Task task(String name) {
            return tasks().stream().filter(task -> task.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(playbook + " ran no task named \"" + name + "\""));
        }

        /**
         * Every task succeeded and reported what its name says; the playbook ran through ({@code expectedTasks} tasks,
         * exit status 0).
         */
        Run assertEveryTaskAsNamed(int expectedTasks) {
            for (Task task : tasks()) {
                assertFalse(task.failed(), () -> playbook + ": task \"" + task.name() + "\" failed: " + task.result());
                if (task.name().endsWith(CHANGED)) {
                    assertEquals(true, task.changed(), () -> playbook + ": \"" + task.name() + "\" reported no change");
                } else if (task.name().endsWith(UNCHANGED)) {
                    assertEquals(false, task.changed(), () -> playbook + ": \"" + task.name()
                            + "\" reported a change on a run that should find nothing to do: " + task.result());
                }
            }
            assertEquals(expectedTasks, tasks().size(), () -> playbook + " stopped early: " + tasks());
            assertEquals(0, exitStatus, () -> playbook + " exited with " + exitStatus + ": " + output.getJsonObject("stats"));
            return this;
        }
    }
}

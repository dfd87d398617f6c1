package org.gatewayusers.persistence.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class ListedMigrationsTest {

    /** Surefire runs in the module's base directory. */
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private static Set<String> scriptsOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("db"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".sql"))
                    .map(file -> RESOURCES.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> listedScripts() {
        Set<String> listed = new TreeSet<>(ListedMigrations.SCHEMA);
        listed.addAll(ListedMigrations.DEMO_DATA);
        return listed;
    }

    private static List<String> everyListedScript() {
        List<String> all = new ArrayList<>(ListedMigrations.SCHEMA);
        all.addAll(ListedMigrations.DEMO_DATA);
        return all;
    }

    private static Set<String> filenames(Collection<LoadableResource> resources) {
        return resources.stream().map(LoadableResource::getFilename).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String content(LoadableResource resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(resource.read())) {
            return reader.lines().collect(Collectors.joining("\n"));
        }
    }

    @Test
    void finds_the_migration_scripts_where_the_module_keeps_them() throws IOException {
        assertTrue(Files.isDirectory(RESOURCES.resolve("db")), "run from the module's base directory");
        assertTrue(scriptsOnDisk().size() >= 2, scriptsOnDisk().toString());
    }

    @Test
    void lists_every_script_under_db_and_nothing_else() throws IOException {
        assertEquals(scriptsOnDisk(), listedScripts());
    }

    @Test
    void lists_no_script_twice() {
        assertEquals(everyListedScript().size(), listedScripts().size(), everyListedScript().toString());
    }

    @Test
    void keeps_schema_migrations_and_demo_data_in_their_own_folders() {
        ListedMigrations.SCHEMA.forEach(path -> assertTrue(path.startsWith("db/migration/V"), path));
        ListedMigrations.DEMO_DATA.forEach(path -> assertTrue(path.startsWith("db/demo/R__"), path));
    }

    @Test
    void gives_only_the_versioned_scripts_for_the_versioned_prefix() {
        ListedMigrations migrations = new ListedMigrations(everyListedScript());

        Set<String> expected = ListedMigrations.SCHEMA.stream()
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, filenames(migrations.getResources("V", new String[] {".sql"})));
    }

    @Test
    void gives_only_the_repeatable_scripts_for_the_repeatable_prefix() {
        ListedMigrations migrations = new ListedMigrations(everyListedScript());

        Set<String> expected = ListedMigrations.DEMO_DATA.stream()
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, filenames(migrations.getResources("R", new String[] {".sql"})));
    }

    @Test
    void gives_nothing_for_a_suffix_no_script_has() {
        ListedMigrations migrations = new ListedMigrations(everyListedScript());

        assertTrue(migrations.getResources("V", new String[] {".java", ".txt"}).isEmpty());
    }

    @Test
    void leaves_the_demo_data_out_when_only_the_schema_is_listed() {
        ListedMigrations migrations = new ListedMigrations(ListedMigrations.SCHEMA);

        assertTrue(migrations.getResources("R", new String[] {".sql"}).isEmpty());
        assertEquals(ListedMigrations.SCHEMA.size(), migrations.getResources("V", new String[] {".sql"}).size());
    }

    @Test
    void finds_a_script_by_its_path_or_its_file_name() {
        String path = ListedMigrations.SCHEMA.get(0);
        ListedMigrations migrations = new ListedMigrations(List.of(path));

        LoadableResource byPath = migrations.getResource(path);
        LoadableResource byName = migrations.getResource(path.substring(path.lastIndexOf('/') + 1));

        assertNotNull(byPath);
        assertEquals(byPath, byName);
        assertEquals(path, byPath.getRelativePath());
        assertNull(migrations.getResource("V999__nothing.sql"));
    }

    @Test
    void reads_each_script_as_it_is_on_disk() throws IOException {
        ListedMigrations migrations = new ListedMigrations(everyListedScript());

        for (String path : everyListedScript()) {
            String onDisk = Files.readString(RESOURCES.resolve(path)).replace("\r\n", "\n").stripTrailing();
            assertEquals(onDisk, content(migrations.getResource(path)).stripTrailing(), path);
        }
    }

    @Test
    void refuses_a_listed_script_that_is_not_on_the_class_path() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new ListedMigrations(List.of("db/migration/V999__missing.sql")));

        assertTrue(missing.getMessage().contains("V999__missing.sql"), missing.getMessage());
    }
}

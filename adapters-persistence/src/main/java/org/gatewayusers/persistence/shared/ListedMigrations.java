package org.gatewayusers.persistence.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The migration scripts by name, read through the class loader. Flyway's own classpath scanning
 * cannot list a jar nested in a WAR on every server (Liberty's {@code wsjar:} URLs among them);
 * loading named resources works everywhere. {@code ListedMigrationsTest} fails when a script in
 * {@code src/main/resources/db} is missing from these lists.
 */
final class ListedMigrations implements ResourceProvider {

    static final List<String> SCHEMA = List.of(
            "db/migration/V1__ontap_svms_and_local_users.sql",
            "db/migration/V2__ontap_local_groups_and_membership.sql",
            "db/migration/V3__sgw_storage_bundles_gateways_users_tasks.sql",
            "db/migration/V4__smartag_instances_and_client_users.sql",
            "db/migration/V5__access_keys_policies_nonces.sql",
            "db/migration/V6__ontap_accounts.sql",
            "db/migration/V7__ontap_collection_query_indexes.sql",
            "db/migration/V8__cluster_locks.sql",
            "db/migration/V9__ontap_login_failures.sql",
            "db/migration/V10__ontap_cifs_privileges.sql",
            "db/migration/V11__sgw_gateway_plan_and_deployment.sql",
            "db/migration/V12__smb_credential_change_times.sql",
            "db/migration/V14__ontap_svm_comment.sql",
            "db/migration/V16__ontap_svm_and_account_query_indexes.sql",
            "db/migration/V17__ontap_name_indexes_hold_the_sid.sql");

    static final List<String> DEMO_DATA = List.of(
            "db/demo/R__demo_svms.sql");

    private final List<Script> scripts;

    ListedMigrations(List<String> paths) {
        this.scripts = paths.stream().map(Script::load).toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(script -> script.path.equals(name) || script.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return scripts.stream()
                .filter(script -> script.getFilename().startsWith(prefix))
                .filter(script -> Arrays.stream(suffixes).anyMatch(script.getFilename()::endsWith))
                .map(LoadableResource.class::cast)
                .toList();
    }

    private static final class Script extends LoadableResource {

        private final String path;
        private final String content;

        private Script(String path, String content) {
            this.path = path;
            this.content = content;
        }

        static Script load(String path) {
            try (InputStream in = ListedMigrations.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("migration script not on the class path: " + path);
                }
                return new Script(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        @Override
        public Reader read() {
            return new StringReader(content);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return path;
        }
    }
}

package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The users this service keeps log in to a real Samba server: {@code smbd} on a high port of 127.0.0.1 fed by
 * {@code tools/samba-sync} from the export ({@link SambaHost}), {@code smbclient} as the client. One server for an
 * SVM's CIFS server, one for a file gateway. Each change is made through the vendor's API and then awaited at the
 * Samba server; how long it took to arrive is printed at the end (and written to {@code target/samba-latencies.txt}).
 *
 * <p>Skipped, with a message saying what is missing, where Samba, smbclient or nss_wrapper are absent; under
 * {@code CI=true} that is a failure instead.
 */
class SambaLoginsIT {

    /** How often the sync tool polls the export. */
    private static final Duration POLL = Duration.ofMillis(250);
    /** How long a change may take to reach Samba before the test fails. */
    private static final Duration ARRIVAL = Duration.ofSeconds(15);
    private static final String PASSWORD = "Str0ng!pass";
    private static final String NEW_PASSWORD = "N3w!password";

    /** Per change: milliseconds until the sync tool had written it, and until a login showed it. */
    private static final Map<String, long[]> ARRIVALS = new ConcurrentSkipListMap<>();

    private static SambaHost svmSamba;
    private static SambaHost gatewaySamba;
    private static String svmUuid;
    private static String gatewayId;

    private final OntapClient ontap = new OntapClient();
    private final PopClient pop = new PopClient();

    @BeforeAll
    static void samba_servers_for_an_svm_and_a_file_gateway() throws IOException, InterruptedException {
        SambaHost.missing().ifPresent(missing -> {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Samba tests cannot run under CI=true: missing " + missing);
            }
            Assumptions.abort("Samba tests skipped: missing " + missing);
        });
        OntapClient ontap = new OntapClient();
        svmUuid = ontap.newSvmWithCifsServer("SMB" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        PopClient pop = new PopClient();
        String bundle = pop.sgw("CreateStorageBundle", "StorageBundleName", OntapClient.uniqueName("sambabundle"),
                "BackendBucketRegionId", "cn-shanghai").getString("StorageBundleId");
        gatewayId = pop.sgw("CreateGateway", "StorageBundleId", bundle, "Name", OntapClient.uniqueName("sambagw"),
                "Type", "File", "Location", "Cloud").getString("GatewayId");

        Path root = Path.of("target", "samba-it", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        int firstPort = SambaHost.port(Integer.getInteger("it.smbd.port", 0));
        svmSamba = SambaHost.start(root.resolve("svm"), Server.uri("/samba-export/svms/" + svmUuid).toString(),
                firstPort, POLL);
        gatewaySamba = SambaHost.start(root.resolve("gateway"), Server.uri("/samba-export/gateways/" + gatewayId).toString(),
                SambaHost.port(Integer.getInteger("it.smbd.port", 0) > 0 ? firstPort + 1 : 0), POLL);
    }

    @AfterAll
    static void stop_samba_and_report_how_long_changes_took() throws IOException {
        if (svmSamba != null) {
            svmSamba.close();
        }
        if (gatewaySamba != null) {
            gatewaySamba.close();
        }
        if (!ARRIVALS.isEmpty()) {
            StringBuilder table = new StringBuilder(
                    "| change | files written after (ms) | first login showing it after (ms) |\n|---|---|---|\n");
            ARRIVALS.forEach((change, millis) -> table.append("| ").append(change).append(" | ").append(millis[0])
                    .append(" | ").append(millis[1]).append(" |\n"));
            Files.writeString(Path.of("target", "samba-latencies.txt"), table);
            System.out.println("SambaLoginsIT: sync polls every " + POLL.toMillis() + " ms\n" + table);
        }
    }

    @Test
    void a_user_created_through_the_ontap_api_logs_in_and_lists_a_share() {
        String name = "New" + name("");
        String before = svmSamba.etag();
        createUser(name);
        await("1 create (ONTAP POST)", svmSamba, before, name, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);

        assertTrue(svmSamba.login(name.toUpperCase(java.util.Locale.ROOT), PASSWORD, SambaHost.ALL_USERS_SHARE).listed(),
                "names compare without case, as in Windows");
        assertEquals("NT_STATUS_LOGON_FAILURE", svmSamba.login(name, "Wr0ng!pass", SambaHost.ALL_USERS_SHARE).status());
    }

    @Test
    void after_a_password_change_the_old_password_fails_and_the_new_one_works() {
        String name = name("pw");
        String sid = createUser(name);
        await("-", svmSamba, null, name, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);

        String before = svmSamba.etag();
        ontap.patch(OntapClient.userPath(svmUuid, sid), Json.createObjectBuilder().add("password", NEW_PASSWORD).build())
                .assertStatus(200);
        await("2 password change (ONTAP PATCH password)", svmSamba, before, name, PASSWORD, SambaHost.ALL_USERS_SHARE,
                refusedWith("NT_STATUS_LOGON_FAILURE"));
        assertTrue(svmSamba.login(name, NEW_PASSWORD, SambaHost.ALL_USERS_SHARE).listed(), "the new password works");
    }

    @Test
    void a_disabled_user_fails_and_logs_in_again_once_enabled() {
        String name = name("off");
        String sid = createUser(name);
        await("-", svmSamba, null, name, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);

        String before = svmSamba.etag();
        ontap.patch(OntapClient.userPath(svmUuid, sid), Json.createObjectBuilder().add("account_disabled", true).build())
                .assertStatus(200);
        await("3 disable (ONTAP PATCH account_disabled)", svmSamba, before, name, PASSWORD, SambaHost.ALL_USERS_SHARE,
                refusedWith("NT_STATUS_ACCOUNT_DISABLED"));

        before = svmSamba.etag();
        ontap.patch(OntapClient.userPath(svmUuid, sid), Json.createObjectBuilder().add("account_disabled", false).build())
                .assertStatus(200);
        await("3 enable again", svmSamba, before, name, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);
    }

    @Test
    void a_renamed_user_logs_in_under_the_new_name_only() {
        String name = name("old");
        String renamed = name("ren");
        String sid = createUser(name);
        await("-", svmSamba, null, name, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);

        String before = svmSamba.etag();
        ontap.patch(OntapClient.userPath(svmUuid, sid), Json.createObjectBuilder().add("name", renamed).build())
                .assertStatus(200);
        await("4 rename (ONTAP PATCH name)", svmSamba, before, renamed, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);
        assertEquals("NT_STATUS_LOGON_FAILURE", svmSamba.login(name, PASSWORD, SambaHost.ALL_USERS_SHARE).status());
    }

    @Test
    void a_deleted_user_fails() {
        String name = name("del");
        String sid = createUser(name);
        await("-", svmSamba, null, name, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);

        String before = svmSamba.etag();
        ontap.delete(OntapClient.userPath(svmUuid, sid)).assertStatus(200);
        await("5 delete (ONTAP DELETE)", svmSamba, before, name, PASSWORD, SambaHost.ALL_USERS_SHARE,
                refusedWith("NT_STATUS_LOGON_FAILURE"));
    }

    @Test
    void a_share_restricted_to_a_local_group_admits_its_members_only() {
        String member = name("mem");
        String other = name("oth");
        createUser(member);
        createUser(other);
        await("-", svmSamba, null, other, PASSWORD, SambaHost.ALL_USERS_SHARE, SambaHost.Login::listed);
        String before = svmSamba.etag();
        String group = ontap.post(OntapClient.LOCAL_GROUPS + "?return_records=true", Json.createObjectBuilder()
                        .add("svm", Json.createObjectBuilder().add("uuid", svmUuid))
                        .add("name", SambaHost.ENGINEERS)
                        .add("members", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", member)))
                        .build())
                .assertStatus(201).json().getJsonArray("records").getJsonObject(0).getString("sid");
        await("6 group created with a member", svmSamba, before, member, PASSWORD, SambaHost.ENGINEERS_SHARE, SambaHost.Login::listed);
        assertTrue(svmSamba.login(other, PASSWORD, SambaHost.ALL_USERS_SHARE).listed(), "the other user may log in");
        assertEquals("NT_STATUS_ACCESS_DENIED", svmSamba.login(other, PASSWORD, SambaHost.ENGINEERS_SHARE).status(),
                "but not to the group's share");

        String members = OntapClient.groupPath(svmUuid, group) + "/members";
        before = svmSamba.etag();
        ontap.post(members, Json.createObjectBuilder().add("name", other).build()).assertStatus(201);
        await("6 member added (ONTAP POST members)", svmSamba, before, other, PASSWORD, SambaHost.ENGINEERS_SHARE,
                SambaHost.Login::listed);

        before = svmSamba.etag();
        ontap.delete(members, Json.createObjectBuilder().add("records", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", member))).build()).assertStatus(200);
        await("6 member removed (ONTAP DELETE members)", svmSamba, before, member, PASSWORD, SambaHost.ENGINEERS_SHARE,
                refusedWith("NT_STATUS_ACCESS_DENIED"));
    }

    @Test
    void a_cloud_storage_gateway_smb_user_logs_in_once_its_task_has_completed() {
        String name = "sgw" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Gw9pass!x";
        String before = gatewaySamba.etag();
        JsonObject created = pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", name, "Password", password);
        assertEquals("task.state.completed", pop.awaitTask(gatewayId, created.getString("TaskId")).getString("StateCode"));
        await("7 gateway user created (task completed)", gatewaySamba, before, name, password, SambaHost.ALL_USERS_SHARE,
                SambaHost.Login::listed);
        assertEquals("NT_STATUS_LOGON_FAILURE", gatewaySamba.login(name, "Wr0ngpass!", SambaHost.ALL_USERS_SHARE).status());

        before = gatewaySamba.etag();
        String deletion = pop.sgw("DeleteGatewaySMBUser", "GatewayId", gatewayId, "Username", name).getString("TaskId");
        assertEquals("task.state.completed", pop.awaitTask(gatewayId, deletion).getString("StateCode"));
        await("7 gateway user deleted (task completed)", gatewaySamba, before, name, password, SambaHost.ALL_USERS_SHARE,
                refusedWith("NT_STATUS_LOGON_FAILURE"));
    }

    private String createUser(String name) {
        return ontap.createUser(Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("uuid", svmUuid))
                .add("name", name).add("password", PASSWORD).build());
    }

    /** A user name of at most 20 characters that no earlier run used. */
    private static String name(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Predicate<SambaHost.Login> refusedWith(String status) {
        return login -> !login.listed() && status.equals(login.status());
    }

    /**
     * Waits until the sync tool has written files other than those of the tag {@code before} (unless it is null), then
     * logs in again and again until the login gives what is expected. Records, under the change's name, how long each
     * took after the change (the API's answer); a dash records nothing. Fails after {@link #ARRIVAL}.
     */
    private static void await(String change, SambaHost samba, String before, String user, String password, String share,
            Predicate<SambaHost.Login> expected) {
        long start = System.nanoTime();
        long deadline = start + ARRIVAL.toNanos();
        if (before != null) {
            while (samba.etag().equals(before)) {
                if (System.nanoTime() > deadline) {
                    fail(change + ": the sync tool wrote nothing new within " + ARRIVAL.toSeconds() + " s");
                }
                pause(10);
            }
            record(change, 0, start);
        }
        SambaHost.Login last;
        do {
            last = samba.login(user, password, share);
            if (expected.test(last)) {
                record(change, 1, start);
                return;
            }
            pause(50);
        } while (System.nanoTime() < deadline);
        fail(change + ": not seen by Samba within " + ARRIVAL.toSeconds() + " s; last login of " + user + " to " + share
                + " gave " + last);
    }

    private static void record(String change, int column, long start) {
        if (!change.equals("-")) {
            ARRIVALS.computeIfAbsent(change, any -> new long[2])[column] = (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}

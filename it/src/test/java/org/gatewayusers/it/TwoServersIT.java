package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of this build on one PostgreSQL database (the PostgreSQL pass starts them at once on an empty one): the
 * races that only the database can settle, split across both. Skipped on the embedded H2, which one server holds alone.
 */
class TwoServersIT {

    private static final int CLIENTS = 64;

    private URI first;
    private URI second;

    @BeforeEach
    void twoServers() {
        assumeTrue(Server.secondBase().isPresent(), "needs a second server on the same database: runs in the PostgreSQL pass");
        first = Server.base();
        second = Server.secondBase().orElseThrow();
    }

    private URI either(int i) {
        return i % 2 == 0 ? first : second;
    }

    @Test
    void both_started_at_once_on_an_empty_database_and_hold_one_copy_of_the_demo_data() {
        for (URI server : List.of(first, second)) {
            OntapClient ontap = OntapClient.admin(server);
            assertEquals(1, ontap.records(OntapClient.SVMS + "?name=svm1").size(), "one svm1, seen from " + server);
            List<JsonObject> administrators = ontap.records(OntapClient.LOCAL_USERS + "?svm.name=svm1&name=Administrator");
            assertEquals(1, administrators.size(), "one Administrator, seen from " + server);
            assertTrue(administrators.get(0).getString("sid").endsWith("-500"));
            assertEquals(5, ontap.records(OntapClient.LOCAL_GROUPS + "?svm.name=svm1&fields=name&max_records=10000").stream()
                    .filter(group -> group.getString("name").startsWith("BUILTIN\\")).count(),
                    "the five BUILTIN groups once, seen from " + server);
            assertEquals(1, ontap.records(OntapClient.CIFS_SERVICES + "?name=SMB_SERVER01").size());
        }
    }

    @Test
    void sixty_four_creates_of_one_name_across_both_servers_give_one_201_and_sixty_three_409() {
        String svm = OntapClient.admin(first).newSvmWithCifsServer("TWO1");
        JsonObject body = Json.createObjectBuilder().add("svm.uuid", svm).add("name", "racer").add("password", "Secr3t!pw").build();
        OntapClient[] clients = {OntapClient.admin(first), OntapClient.admin(second)};

        List<Reply> replies = IntStream.range(0, CLIENTS).mapToObj(i -> clients[i % 2].postAsync(OntapClient.LOCAL_USERS, body))
                .toList().stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> byStatus = replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 63L), byStatus, () -> "statuses: " + byStatus);
        replies.stream().filter(reply -> reply.status() == 409).forEach(reply -> reply.assertOntapError(409, "655736"));
    }

    @Test
    void sixty_four_names_across_both_servers_get_sixty_four_distinct_rids() {
        String svm = OntapClient.admin(first).newSvmWithCifsServer("TWO2");
        OntapClient[] clients = {OntapClient.admin(first), OntapClient.admin(second)};

        List<Reply> replies = IntStream.range(0, CLIENTS)
                .mapToObj(i -> clients[i % 2].postAsync(OntapClient.LOCAL_USERS, Json.createObjectBuilder().add("svm.uuid", svm)
                        .add("name", "n" + i).add("password", "Secr3t!pw").build()))
                .toList().stream().map(CompletableFuture::join).toList();

        replies.forEach(reply -> reply.assertStatus(201));
        Set<Integer> rids = replies.stream().map(reply -> reply.header("Location").orElseThrow())
                .map(location -> Integer.valueOf(location.substring(location.lastIndexOf('-') + 1))).collect(Collectors.toSet());
        // each server hands out RIDs from blocks it reserved in the database: distinct, from 1000 up, maybe with gaps
        assertEquals(CLIENTS, rids.size(), () -> "RIDs: " + rids);
        assertTrue(rids.stream().allMatch(rid -> rid >= 1000), () -> "RIDs: " + rids);
    }

    @Test
    void a_smart_access_gateway_quota_holds_across_both_servers_with_distinct_addresses() throws Exception {
        int quota = 5;
        String sag = new PopClient(first).smartagAnswer("CreateSmartAccessGatewaySoftware", "cn-shanghai", "UserCount",
                String.valueOf(quota), "CidrBlock", "10.88.0.0/28").json().getString("SmartAGId");
        PopClient[] clients = {new PopClient(first), new PopClient(second)};
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<PopClient.Answer> answers = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> clients[i % 2].smartagAnswer("CreateSmartAccessGatewayClientUser",
                            "cn-shanghai", "SmartAGId", sag, "UserName", "twoserv" + i, "Password", "Passw0rd_1",
                            "UserMail", "t" + i + "@example.com")))
                    .toList().stream().map(TwoServersIT::get).toList();
            Set<String> addresses = new HashSet<>();
            int refused = 0;
            for (PopClient.Answer answer : answers) {
                if (answer.status() == 200) {
                    addresses.add(answer.json().getString("ClientIp"));
                } else {
                    assertEquals("ClientUser.UserOverLimit", answer.json().getString("Code"), answer.body());
                    refused++;
                }
            }
            assertEquals(quota, addresses.size(), "exactly the quota, on distinct addresses: " + addresses);
            assertEquals(16 - quota, refused);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_nonce_used_on_one_server_is_refused_on_the_other() {
        Map<String, String> signed = new PopClient(first).sign("GET", Map.of("Action", "DescribeStorageBundles",
                "Version", PopClient.SGW_VERSION, "Format", "JSON"));
        assertEquals(200, new PopClient(first).getAsIs(signed).status());

        PopClient.Answer replayed = new PopClient(second).getAsIs(signed);

        assertEquals(400, replayed.status(), replayed.body());
        assertEquals("SignatureNonceUsed", replayed.json().getString("Code"));
    }

    @Test
    void tasks_submitted_to_both_servers_each_run_once() {
        PopClient one = new PopClient(first);
        String bundle = one.sgw("CreateStorageBundle", "StorageBundleName", OntapClient.uniqueName("two"),
                "BackendBucketRegionId", "cn-shanghai").getString("StorageBundleId");
        String gateway = one.sgw("CreateGateway", "StorageBundleId", bundle, "Name", OntapClient.uniqueName("two"),
                "Type", "File", "Location", "Cloud").getString("GatewayId");
        PopClient[] clients = {one, new PopClient(second)};

        List<String> tasks = IntStream.range(0, 20).parallel()
                .mapToObj(i -> clients[i % 2].sgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "both" + i,
                        "Password", "Secr3t!").getString("TaskId"))
                .toList();

        // a task run twice would find its user there the second time and end Failed
        for (String task : tasks) {
            JsonObject done = clients[tasks.indexOf(task) % 2].awaitTask(gateway, task);
            assertEquals("task.state.completed", done.getString("StateCode"), done.toString());
        }
        assertEquals(20, new HashSet<>(tasks).size());
        assertEquals(20, one.sgw("DescribeGatewaySMBUsers", "GatewayId", gateway, "PageSize", "50").getInt("TotalCount"));
    }

    private static <T> T get(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }
}

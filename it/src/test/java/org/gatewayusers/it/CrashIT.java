package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A 2xx is a promise: the build kills its own server with {@code kill -9} under concurrent load (ONTAP users and groups
 * created, changed and deleted, Smart Access Gateway users given addresses, Cloud Storage Gateway tasks submitted),
 * starts it again and checks that everything it acknowledged is there (and every acknowledged deletion stays done), that
 * no SID, RID, address or task id is handed out twice, that the quota and address counters agree with the rows, and
 * that the tasks left unfinished complete. Where the pass has a second server on the same database (PostgreSQL), the
 * load is spread over both, the first is killed, and the second must keep answering.
 */
class CrashIT {

    private static final int CLIENTS = 12;
    /** The kill comes once this many records are acknowledged (and the load has run a few seconds), in at most LOAD_LIMIT. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(3);
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(3);
    private static final Duration LOAD_AFTER_KILL = Duration.ofSeconds(3);
    /** A /26 block holds 61 client addresses (not its network, first host or broadcast): the quota is all of them. */
    private static final String SAG_BLOCK = "10.77.0.0/26";
    private static final int SAG_QUOTA = 61;
    private static final String SAG_REGION = "cn-shanghai";

    private record User(String sid, String name, String fullName) {
    }

    private record Group(String sid, String name) {
    }

    private record ClientUser(String name, String address) {
    }

    private record Task(String id, String user) {
    }

    /** What the servers acknowledged with a 2xx, and what the load saw after the kill. */
    private static final class Acknowledged {
        final Map<String, User> users = new ConcurrentHashMap<>();
        /**
         * What the changes and deletions that got no answer may have left, by SID (a full name of {@code null}: the user
         * deleted): each died with the server either before or after its commit, and any of those states is right.
         * A set, because between the kill and the flag that stops the load a client may send (and lose) several
         * requests about its newest user.
         */
        final Map<String, Set<User>> inDoubt = new ConcurrentHashMap<>();

        void doubt(User candidate) {
            inDoubt.computeIfAbsent(candidate.sid(), sid -> ConcurrentHashMap.newKeySet()).add(candidate);
        }

        void answered(User candidate) {
            Set<User> doubts = inDoubt.get(candidate.sid());
            if (doubts != null) {
                doubts.remove(candidate);
            }
        }
        final Set<String> deletedUsers = ConcurrentHashMap.newKeySet();
        final Queue<Group> groups = new ConcurrentLinkedQueue<>();
        final Queue<ClientUser> clientUsers = new ConcurrentLinkedQueue<>();
        final Queue<Task> tasks = new ConcurrentLinkedQueue<>();
        final AtomicInteger changes = new AtomicInteger();
        final AtomicInteger answeredBySurvivorAfterKill = new AtomicInteger();
        final Queue<String> survivorFailures = new ConcurrentLinkedQueue<>();
        final AtomicInteger unanswered = new AtomicInteger();
        final Queue<String> refusals = new ConcurrentLinkedQueue<>();

        int count() {
            return users.size() + deletedUsers.size() + groups.size() + clientUsers.size() + tasks.size();
        }
    }

    @Test
    void nothing_acknowledged_is_lost_when_a_server_is_killed_under_load() throws Exception {
        LibertyServer victim = LibertyServer.underTest();
        Optional<LibertyServer> survivor = LibertyServer.second();
        OntapClient ontap = OntapClient.admin(victim.base());
        PopClient pop = new PopClient(victim.base());

        String svm = ontap.newSvmWithCifsServer(("CR" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)).toUpperCase(Locale.ROOT));
        String sag = pop.smartagAnswer("CreateSmartAccessGatewaySoftware", SAG_REGION, "UserCount", String.valueOf(SAG_QUOTA),
                "CidrBlock", SAG_BLOCK).json().getString("SmartAGId");
        String bundle = pop.sgw("CreateStorageBundle", "StorageBundleName", OntapClient.uniqueName("crash"),
                "BackendBucketRegionId", "cn-shanghai").getString("StorageBundleId");
        String gateway = pop.sgw("CreateGateway", "StorageBundleId", bundle, "Name", OntapClient.uniqueName("crash"),
                "Type", "File", "Location", "Cloud").getString("GatewayId");

        Acknowledged acknowledged = new Acknowledged();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<URI> targets = new ArrayList<>(List.of(victim.base()));
        survivor.ifPresent(second -> targets.add(second.base()));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int me = client;
            clients.submit(() -> load(me, targets, victim.base(), svm, sag, gateway, acknowledged, killed, stop));
        }
        LibertyServer.sleep(LOAD_BEFORE_KILL);
        Instant limit = Instant.now().plus(LOAD_LIMIT);
        while (acknowledged.count() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(limit)) {
            LibertyServer.sleep(Duration.ofMillis(100));
        }
        victim.kill();
        killed.set(true);
        Instant killedAt = Instant.now();
        if (survivor.isPresent()) {
            LibertyServer.sleep(LOAD_AFTER_KILL);
        }
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the load ends");

        boolean survivorAnswers = survivor.map(LibertyServer::answers).orElse(true);
        victim.startAndAwaitReady();
        Duration downtime = Duration.between(killedAt, Instant.now());

        assertTrue(acknowledged.count() > 0, () -> "the load got no acknowledgement before the kill; refusals: "
                + acknowledged.refusals.stream().limit(5).toList());
        if (survivor.isPresent()) {
            assertTrue(survivorAnswers, "the other server keeps answering");
            assertTrue(acknowledged.answeredBySurvivorAfterKill.get() > 0, "the other server served the load after the kill");
            assertTrue(acknowledged.survivorFailures.isEmpty(), () -> "the other server failed requests after the kill: "
                    + acknowledged.survivorFailures);
        }

        Report report = new Report(victim.name() + (survivor.map(second -> " beside " + second.name()).orElse("")));
        checkUsersAndGroups(ontap, svm, acknowledged, report);
        checkClientUsers(pop, sag, acknowledged, report);
        checkTasks(pop, gateway, acknowledged, report);
        System.out.println(report.render(downtime, acknowledged));
        assertEquals(0, report.lost(), report::render);
    }

    // --- the load

    private static void load(int me, List<URI> targets, URI victim, String svm, String sag, String gateway,
            Acknowledged acknowledged, AtomicBoolean killed, AtomicBoolean stop) {
        Map<URI, OntapClient> ontaps = new HashMap<>();
        Map<URI, PopClient> pops = new HashMap<>();
        List<User> mine = new ArrayList<>();
        for (int step = 0; !stop.get(); step++) {
            boolean afterKill = killed.get();
            List<URI> alive = targets.stream().filter(target -> !(afterKill && target.equals(victim))).toList();
            if (alive.isEmpty()) {
                return;
            }
            URI target = alive.get((me + step) % alive.size());
            boolean toSurvivor = afterKill && !target.equals(victim);
            OntapClient ontap = ontaps.computeIfAbsent(target, OntapClient::admin);
            PopClient pop = pops.computeIfAbsent(target, PopClient::new);
            String suffix = me + "x" + step;
            try {
                int status = step(step % 6, ontap, pop, suffix, svm, sag, gateway, mine, acknowledged);
                if (status >= 300 && acknowledged.refusals.size() < 20) {
                    acknowledged.refusals.add(suffix + ": " + status);
                }
                if (toSurvivor) {
                    acknowledged.answeredBySurvivorAfterKill.incrementAndGet();
                    if (status >= 500) {
                        acknowledged.survivorFailures.add(suffix + ": " + status);
                    }
                }
            } catch (RuntimeException unanswered) {
                // the request died with the server: it was never acknowledged, either way is right
                acknowledged.unanswered.incrementAndGet();
                if (!afterKill && acknowledged.refusals.size() < 20) {
                    acknowledged.refusals.add(suffix + ": " + unanswered);
                }
                if (toSurvivor) {
                    acknowledged.survivorFailures.add(suffix + ": " + unanswered);
                }
            }
        }
    }

    /** One request of the mix; records it when acknowledged. Returns the status. */
    private static int step(int kind, OntapClient ontap, PopClient pop, String suffix, String svm, String sag,
            String gateway, List<User> mine, Acknowledged acknowledged) {
        switch (kind) {
            case 0 -> {
                String name = "u" + suffix;
                Reply reply = ontap.post(OntapClient.LOCAL_USERS, Json.createObjectBuilder().add("svm.uuid", svm)
                        .add("name", name).add("password", OntapClient.PASSWORD).build());
                if (reply.status() == 201) {
                    String location = reply.header("Location").orElseThrow();
                    User user = new User(location.substring(location.lastIndexOf('/') + 1), name, "");
                    acknowledged.users.put(user.sid(), user);
                    mine.add(user);
                }
                return reply.status();
            }
            case 1 -> {
                String name = "g" + suffix;
                Reply reply = ontap.post(OntapClient.LOCAL_GROUPS + "?return_records=true", Json.createObjectBuilder()
                        .add("svm", Json.createObjectBuilder().add("uuid", svm)).add("name", name).build());
                if (reply.status() == 201) {
                    acknowledged.groups.add(new Group(reply.json().getJsonArray("records").getJsonObject(0).getString("sid"), name));
                }
                return reply.status();
            }
            case 2 -> {
                PopClient.Answer answer = pop.smartagAnswer("CreateSmartAccessGatewayClientUser", SAG_REGION, "SmartAGId", sag,
                        "UserName", "c" + suffix + "user", "Password", "Passw0rd_1", "UserMail", "c" + suffix + "@example.com");
                if (answer.status() == 200) {
                    acknowledged.clientUsers.add(new ClientUser("c" + suffix + "user", answer.json().getString("ClientIp")));
                }
                return answer.status();
            }
            case 3 -> {
                PopClient.Answer answer = pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "s" + suffix,
                        "Password", "Secr3t!");
                if (answer.status() == 200) {
                    acknowledged.tasks.add(new Task(answer.json().getString("TaskId"), "s" + suffix));
                }
                return answer.status();
            }
            case 4 -> {
                if (mine.isEmpty()) {
                    return 200;
                }
                User user = mine.get(mine.size() - 1);
                String fullName = "changed " + suffix;
                User changed = new User(user.sid(), user.name(), fullName);
                acknowledged.doubt(changed);
                Reply reply = ontap.patch(OntapClient.userPath(svm, user.sid()),
                        Json.createObjectBuilder().add("full_name", fullName).build());
                acknowledged.answered(changed);
                if (reply.status() == 200) {
                    acknowledged.users.put(user.sid(), new User(user.sid(), user.name(), fullName));
                    acknowledged.changes.incrementAndGet();
                }
                return reply.status();
            }
            default -> {
                if (mine.size() < 2) {
                    return 200;
                }
                User user = mine.remove(0);
                User deleted = new User(user.sid(), user.name(), null);
                acknowledged.doubt(deleted);
                Reply reply = ontap.delete(OntapClient.userPath(svm, user.sid()));
                acknowledged.answered(deleted);
                if (reply.status() == 200) {
                    acknowledged.users.remove(user.sid());
                    acknowledged.deletedUsers.add(user.sid());
                }
                return reply.status();
            }
        }
    }

    // --- the checks, after the restart

    private static void checkUsersAndGroups(OntapClient ontap, String svm, Acknowledged acknowledged, Report report) {
        Map<String, JsonObject> users = bySid(ontap.records(OntapClient.LOCAL_USERS + "?svm.uuid=" + svm
                + "&fields=sid,name,full_name&max_records=10000"));
        Map<String, JsonObject> groups = bySid(ontap.records(OntapClient.LOCAL_GROUPS + "?svm.uuid=" + svm
                + "&fields=sid,name&max_records=10000"));
        List<String> lostUsers = new ArrayList<>();
        long usersPresent = acknowledged.users.values().stream().filter(user -> {
            JsonObject stored = users.get(user.sid());
            boolean kept = isIn(user, stored);
            boolean keptOtherwise = !kept && acknowledged.inDoubt.getOrDefault(user.sid(), Set.of()).stream()
                    .anyMatch(doubtful -> doubtful.fullName() == null ? stored == null : isIn(doubtful, stored));
            if (!kept && !keptOtherwise) {
                lostUsers.add(user + " stored as " + stored);
            }
            return kept || keptOtherwise;
        }).count();
        if (!lostUsers.isEmpty()) {
            report.note("lost ONTAP users: " + lostUsers);
        }
        long deletionsKept = acknowledged.deletedUsers.stream().filter(sid -> !users.containsKey(sid)).count();
        long groupsPresent = acknowledged.groups.stream().filter(group -> groups.containsKey(group.sid())
                && OntapClient.shortName(groups.get(group.sid()).getString("name")).equals(group.name())).count();
        report.line("ONTAP users (created, then some changed)", acknowledged.users.size(), usersPresent);
        report.line("ONTAP user deletions", acknowledged.deletedUsers.size(), deletionsKept);
        report.line("ONTAP groups", acknowledged.groups.size(), groupsPresent);

        // RIDs acknowledged before the crash are never handed out again, to users or groups
        Set<String> handedOut = new HashSet<>(acknowledged.users.keySet());
        handedOut.addAll(acknowledged.deletedUsers);
        acknowledged.groups.forEach(group -> handedOut.add(group.sid()));
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fresh.add(ontap.createUser(svm, OntapClient.uniqueName("after")));
            fresh.add(ontap.createGroup(svm, OntapClient.uniqueName("after")));
        }
        List<String> reused = fresh.stream().filter(handedOut::contains).toList();
        report.check("no SID acknowledged before the crash is handed out again", reused.isEmpty(), "reused: " + reused);
    }

    /** Whether the stored record holds the user as acknowledged: its name and full name. */
    private static boolean isIn(User user, JsonObject stored) {
        return stored != null && OntapClient.shortName(stored.getString("name")).equals(user.name())
                && stored.getString("full_name", "").equals(user.fullName());
    }

    private static void checkClientUsers(PopClient pop, String sag, Acknowledged acknowledged, Report report) {
        Map<String, String> stored = clientUsers(pop, sag);
        long present = acknowledged.clientUsers.stream().filter(user -> user.address().equals(stored.get(user.name()))).count();
        report.line("SAG client users with their addresses", acknowledged.clientUsers.size(), present);
        int counted = pop.smartagAnswer("DescribeSmartAccessGatewayAttribute", SAG_REGION, "SmartAGId", sag).json()
                .getInt("ClientUserCount");
        report.check("the instance counts its users", counted == stored.size(), counted + " counted, " + stored.size() + " listed");

        // the quota counter and the free addresses agree with the rows: exactly the rest of the quota fits, each user
        // on an address nobody holds, and the block is then full
        int room = SAG_QUOTA - stored.size();
        Set<String> addresses = new HashSet<>(stored.values());
        int created = 0;
        for (int i = 0; i < room + 1; i++) {
            PopClient.Answer answer = pop.smartagAnswer("CreateSmartAccessGatewayClientUser", SAG_REGION, "SmartAGId", sag,
                    "UserName", "after" + i + "user", "Password", "Passw0rd_1", "UserMail", "after" + i + "@example.com");
            if (answer.status() == 200) {
                created++;
                addresses.add(answer.json().getString("ClientIp"));
            } else {
                report.check("the quota is reached at " + SAG_QUOTA, "ClientUser.UserOverLimit".equals(answer.json().getString("Code"))
                        && i == room, "answer " + i + " of " + (room + 1) + ": " + answer.body());
                break;
            }
        }
        report.check("the rest of the quota fits, each on a free address", created == room && addresses.size() == SAG_QUOTA,
                created + " of " + room + " created, " + addresses.size() + " distinct addresses of " + SAG_QUOTA);
    }

    private static void checkTasks(PopClient pop, String gateway, Acknowledged acknowledged, Report report) {
        Set<String> ids = acknowledged.tasks.stream().map(Task::id).collect(Collectors.toSet());
        report.check("task ids are distinct", ids.size() == acknowledged.tasks.size(), ids.size() + " of " + acknowledged.tasks.size());
        long completed = acknowledged.tasks.stream()
                .filter(task -> "task.state.completed".equals(pop.awaitTask(gateway, task.id()).getString("StateCode"))).count();
        Set<String> users = new HashSet<>();
        for (int page = 1; ; page++) {
            JsonObject listed = pop.sgw("DescribeGatewaySMBUsers", "GatewayId", gateway, "PageNumber", String.valueOf(page),
                    "PageSize", "50");
            List<JsonObject> onPage = listed.getJsonObject("Users").getJsonArray("User").getValuesAs(JsonObject.class);
            onPage.forEach(user -> users.add(user.getString("Username")));
            if (onPage.isEmpty() || users.size() >= listed.getInt("TotalCount")) {
                break;
            }
        }
        long present = acknowledged.tasks.stream().filter(task -> users.contains(task.user())).count();
        report.line("SGW tasks submitted, completed after the restart", acknowledged.tasks.size(), completed);
        report.line("SGW SMB users of those tasks", acknowledged.tasks.size(), present);
    }

    private static Map<String, String> clientUsers(PopClient pop, String sag) {
        Map<String, String> users = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            JsonObject listed = pop.smartagAnswer("DescribeSmartAccessGatewayClientUsers", SAG_REGION, "SmartAGId", sag,
                    "PageNumber", String.valueOf(page), "PageSize", "50").json();
            List<JsonObject> onPage = listed.getJsonObject("Users").getJsonArray("User").getValuesAs(JsonObject.class);
            onPage.forEach(user -> users.put(user.getString("UserName"), user.getString("ClientIp")));
            if (onPage.isEmpty() || users.size() >= listed.getInt("TotalCount")) {
                return users;
            }
        }
    }

    private static Map<String, JsonObject> bySid(List<JsonObject> records) {
        return records.stream().collect(Collectors.toMap(record -> record.getString("sid"), Function.identity()));
    }

    /** The figures: acknowledged, present, lost, per kind of record; and the checks that are not counts. */
    private static final class Report {
        private final String servers;
        private final List<String> lines = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private long lost;

        Report(String servers) {
            this.servers = servers;
        }

        void line(String what, long acknowledgedCount, long present) {
            lines.add(String.format("  %-45s acknowledged %4d, present %4d, lost %d", what, acknowledgedCount, present,
                    acknowledgedCount - present));
            lost += acknowledgedCount - present;
        }

        void note(String line) {
            lines.add("  " + line);
        }

        void check(String what, boolean holds, String detail) {
            lines.add("  " + what + ": " + (holds ? "yes" : "NO (" + detail + ")"));
            if (!holds) {
                failures.add(what + ": " + detail);
            }
        }

        long lost() {
            return lost + failures.size();
        }

        String render() {
            return "CrashIT, kill -9 of " + servers + " under load, " + System.getProperty("it.database", "h2") + ":\n"
                    + String.join("\n", lines);
        }

        String render(Duration downtime, Acknowledged acknowledged) {
            return render() + "\n  ONTAP user changes acknowledged: " + acknowledged.changes.get()
                    + "; requests refused or cut off around the kill: " + acknowledged.unanswered.get()
                    + "; answered by the other server after the kill: " + acknowledged.answeredBySurvivorAfterKill.get()
                    + "; from the kill to answering again: " + downtime.toSeconds() + " s";
        }
    }
}

package org.gatewayusers.persistence.smartag;

import static org.gatewayusers.persistence.smartag.SmartagStore.clientIps;
import static org.gatewayusers.persistence.smartag.SmartagStore.instances;
import static org.gatewayusers.persistence.smartag.SmartagStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.application.smartag.ClientPasswordHasher;
import org.gatewayusers.application.smartag.ClientUserView;
import org.gatewayusers.application.smartag.CreateClientUser;
import org.gatewayusers.application.smartag.CreateClientUserCommand;
import org.gatewayusers.application.smartag.CreateSagInstance;
import org.gatewayusers.application.smartag.CreateSagInstanceCommand;
import org.gatewayusers.application.smartag.CreatedClientUser;
import org.gatewayusers.application.smartag.DeleteClientUser;
import org.gatewayusers.application.smartag.FakeClientPasswordHasher;
import org.gatewayusers.application.smartag.ListClientUsers;
import org.gatewayusers.application.smartag.RaiseSagUserCount;
import org.gatewayusers.application.smartag.RaiseSagUserCountCommand;
import org.gatewayusers.application.smartag.ResetClientUserPassword;
import org.gatewayusers.application.smartag.ResetClientUserPasswordCommand;
import org.gatewayusers.application.smartag.SetSagInstanceCidr;
import org.gatewayusers.application.smartag.SetSagInstanceCidrCommand;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The smartag use cases on the JPA repositories, each call in a transaction of its own as the edge opens them, and
 * several at once as several servers on one database would run them: the quota and the client addresses are exact.
 */
class SmartagUseCasesOnJpaTest {

    private static final String REGION = "cn-shanghai";
    private static final int THREADS = 4;

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final SplittableRandom seeds = new SplittableRandom(100);
    private ClientPasswordHasher hasher = new FakeClientPasswordHasher();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private String createInstance(int quota, String block) {
        return db.fromTransaction(em -> new CreateSagInstance(instances(em), BandwidthPolicy.VENDOR, clock,
                new SplittableRandom(seeds.nextLong())).create(CreateSagInstanceCommand.of(REGION, quota, block)))
                .smartAgId();
    }

    private CreateClientUser createClientUser(EntityManager em) {
        return new CreateClientUser(instances(em), users(em), clientIps(em), hasher, clock, new SecureRandom());
    }

    private CreatedClientUser create(String instance, String userName, String clientIp) {
        return db.fromTransaction(em -> createClientUser(em).create(new CreateClientUserCommand(REGION, instance,
                userName, userName == null ? null : Password.of("duuf1234"), "username@example.com", null, clientIp)));
    }

    private void delete(String instance, String userName) {
        db.inTransaction(em -> new DeleteClientUser(instances(em), users(em), clientIps(em))
                .delete(REGION, instance, userName));
    }

    private List<ClientUserView> listed(String instance) {
        return db.fromTransaction(em -> new ListClientUsers(instances(em), users(em))
                .list(REGION, instance, null, null, PageRequest.of(1, 50))).items();
    }

    private String userCountColumn(String instance) {
        return db.query("SELECT user_count FROM smartag_instance WHERE id = ?", instance).get(0);
    }

    private List<String> freeRanges(String instance) {
        return db.query("SELECT first_ip || '-' || last_ip FROM smartag_free_client_ip WHERE instance_id = ?"
                + " ORDER BY first_ip", instance);
    }

    /** Runs the attempts on {@value #THREADS} threads released at once; the results in the order of the attempts. */
    private <T> List<Object> race(List<Callable<T>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return attempt.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException failed) {
                    outcomes.add(failed.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Object, Long> tally(List<Object> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(
                outcome -> outcome instanceof SmartagRejection rejection ? rejection.reason()
                        : outcome instanceof Throwable failure ? failure.toString() : "created",
                Collectors.counting()));
    }

    // The quota under concurrent creates

    @Test
    void concurrent_creates_on_four_threads_get_exactly_the_quota() throws Exception {
        String instance = createInstance(7, "10.0.0.0/24");
        List<Callable<CreatedClientUser>> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String name = String.format("user%04d", i);
            attempts.add(() -> create(instance, name, null));
        }

        Map<Object, Long> tally = tally(race(attempts));

        assertEquals(Map.of("created", 7L, SmartagRejection.Reason.USER_OVER_LIMIT, 17L), tally);
        assertEquals(7, listed(instance).size());
        assertEquals("7", userCountColumn(instance));
        assertEquals(List.of("167772169-167772414"), freeRanges(instance));
    }

    @Test
    void a_raised_quota_lets_exactly_the_new_quota_in() throws Exception {
        String instance = createInstance(2, "10.0.0.0/24");
        create(instance, "user0001", null);
        create(instance, "user0002", null);
        db.inTransaction(em -> new RaiseSagUserCount(instances(em), users(em))
                .raise(new RaiseSagUserCountCommand(REGION, instance, 5)));
        List<Callable<CreatedClientUser>> attempts = new ArrayList<>();
        for (int i = 10; i < 18; i++) {
            String name = String.format("user%04d", i);
            attempts.add(() -> create(instance, name, null));
        }

        assertEquals(Map.of("created", 3L, SmartagRejection.Reason.USER_OVER_LIMIT, 5L), tally(race(attempts)));
        assertEquals("5", userCountColumn(instance));
    }

    // Client addresses under concurrent creates

    @Test
    void concurrent_allocations_never_share_an_address() throws Exception {
        String instance = createInstance(200, "10.0.0.0/24");
        List<Callable<CreatedClientUser>> attempts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String name = String.format("user%04d", i);
            attempts.add(() -> create(instance, name, null));
        }

        List<Object> outcomes = race(attempts);

        assertEquals(Map.of("created", 80L), tally(outcomes));
        Set<String> addresses = new HashSet<>();
        for (Object outcome : outcomes) {
            assertTrue(addresses.add(((CreatedClientUser) outcome).user().clientIp()), "shared: " + outcome);
        }
        Set<String> lowest80 = new HashSet<>();
        for (int last = 2; last < 82; last++) {
            lowest80.add("10.0.0." + last);
        }
        assertEquals(lowest80, addresses);
        assertEquals(List.of("80"), db.query("SELECT COUNT(DISTINCT client_ip) FROM smartag_client_user"));
        assertEquals(List.of("167772242-167772414"), freeRanges(instance));
    }

    @Test
    void concurrent_requests_for_one_static_address_give_it_to_one_user() throws Exception {
        String instance = createInstance(100, "10.0.0.0/24");
        List<Callable<CreatedClientUser>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = String.format("user%04d", i);
            attempts.add(() -> create(instance, name, "10.0.0.50"));
        }

        assertEquals(Map.of("created", 1L, SmartagRejection.Reason.CLIENT_IP_TAKEN, 7L), tally(race(attempts)));
        assertEquals("1", userCountColumn(instance));
        assertEquals(List.of("167772162-167772209", "167772211-167772414"), freeRanges(instance));
    }

    @Test
    void concurrent_deletes_of_one_user_free_its_address_once() throws Exception {
        String instance = createInstance(100, "10.0.0.0/24");
        create(instance, "user0001", null);
        create(instance, "user0002", null);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> {
                delete(instance, "user0001");
                return true;
            });
        }

        Map<Object, Long> tally = tally(race(attempts));

        assertEquals(Map.of("created", 1L, SmartagRejection.Reason.USER_NOT_FOUND, 3L), tally);
        assertEquals("1", userCountColumn(instance));
        assertEquals(List.of("167772162-167772162", "167772164-167772414"), freeRanges(instance));
    }

    // A nearly full block

    @Test
    void a_nearly_full_slash_24_allocates_its_last_free_address_quickly() {
        String instance = createInstance(2_000, "10.0.0.0/24");
        for (int i = 0; i < 253; i++) {
            create(instance, String.format("user%04d", i), null);
        }
        assertThrows(SmartagRejection.class, () -> create(instance, "toomany1", null));
        delete(instance, "user0130");

        long started = System.nanoTime();
        CreatedClientUser last = create(instance, "lastone1", null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals("10.0.0.132", last.user().clientIp());
        assertTrue(took.compareTo(Duration.ofMillis(500)) < 0, "took " + took);
        SmartagRejection full = assertThrows(SmartagRejection.class, () -> create(instance, "toomany2", null));
        assertEquals(SmartagRejection.Reason.NO_FREE_CLIENT_IP, full.reason());
        assertEquals(List.of(), freeRanges(instance));
        assertEquals("253", userCountColumn(instance));
    }

    // Deletes

    @Test
    void deleting_a_user_frees_its_address_and_its_place_in_the_quota() {
        String instance = createInstance(3, "10.0.0.0/24");
        create(instance, "user0001", null);
        create(instance, "user0002", null);
        create(instance, "user0003", null);

        delete(instance, "USER0002");

        assertEquals("2", userCountColumn(instance));
        assertEquals("10.0.0.3", create(instance, "user0004", null).user().clientIp());
        delete(instance, "user0004");
        assertEquals("10.0.0.3", create(instance, "user0005", "10.0.0.3").user().clientIp());
    }

    // Blocks

    @Test
    void an_instance_gets_users_once_its_block_is_set() {
        String instance = createInstance(5, null);
        SmartagRejection noBlock = assertThrows(SmartagRejection.class, () -> create(instance, "user0001", null));
        assertEquals(SmartagRejection.Reason.CIDR_EMPTY, noBlock.reason());

        db.inTransaction(em -> new SetSagInstanceCidr(instances(em), users(em))
                .set(new SetSagInstanceCidrCommand(REGION, instance, "192.168.7.0/29")));

        assertEquals("192.168.7.2", create(instance, "user0001", null).user().clientIp());
        SmartagRejection inUse = assertThrows(SmartagRejection.class, () -> db.inTransaction(em ->
                new SetSagInstanceCidr(instances(em), users(em))
                        .set(new SetSagInstanceCidrCommand(REGION, instance, "192.168.8.0/29"))));
        assertEquals(SmartagRejection.Reason.CIDR_IN_USE, inUse.reason());
    }

    // Passwords: Argon2id only

    @Test
    void a_generated_password_is_answered_once_and_stored_as_an_argon2id_hash_only() {
        hasher = new Argon2idClientPasswordHasher(new Argon2idClientPasswordHasher.Cost(64, 1, 1), new SecureRandom());
        String instance = createInstance(5, "10.0.0.0/24");

        CreatedClientUser created = create(instance, null, null);

        Password generated = created.generated().orElseThrow();
        assertEquals("username@example.com", created.user().userName());
        String stored = db.query("SELECT credential_hash FROM smartag_client_user").get(0);
        assertTrue(stored.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), stored);
        assertEquals(List.of("ARGON2ID"), db.query("SELECT credential_scheme FROM smartag_client_user"));
        assertTrue(hasher.matches(generated, new CredentialHash("ARGON2ID", stored)));
        assertTrue(db.query("SCRIPT").stream().noneMatch(line -> line.contains(generated.reveal())));
    }

    @Test
    void a_reset_password_replaces_the_hash() {
        hasher = new Argon2idClientPasswordHasher(new Argon2idClientPasswordHasher.Cost(64, 1, 1), new SecureRandom());
        String instance = createInstance(5, "10.0.0.0/24");
        create(instance, "doctest", null);

        db.inTransaction(em -> new ResetClientUserPassword(instances(em), users(em), hasher, new SecureRandom())
                .reset(new ResetClientUserPasswordCommand(REGION, instance, "doctest", Password.of("n3w-Passw0rd"))));

        CredentialHash stored = new CredentialHash("ARGON2ID", db.query("SELECT credential_hash FROM smartag_client_user")
                .get(0));
        assertTrue(hasher.matches(Password.of("n3w-Passw0rd"), stored));
        assertFalse(hasher.matches(Password.of("duuf1234"), stored));
        assertTrue(db.query("SCRIPT").stream().noneMatch(line -> line.contains("n3w-Passw0rd")));
    }

    @Test
    void a_rejected_create_leaves_no_trace() {
        String instance = createInstance(5, "10.0.0.0/24");
        create(instance, "user0001", "10.0.0.9");

        assertThrows(SmartagRejection.class, () -> create(instance, "user0002", "10.0.0.9"));
        assertThrows(SmartagRejection.class, () -> create(instance, "USER0001", null));

        assertEquals("1", userCountColumn(instance));
        assertEquals(List.of("167772162-167772168", "167772170-167772414"), freeRanges(instance));
    }
}

package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.persistence.sgw.SgwStore.bundles;
import static org.gatewayusers.persistence.sgw.SgwStore.gateways;
import static org.gatewayusers.persistence.sgw.SgwStore.smbUsers;
import static org.gatewayusers.persistence.sgw.SgwStore.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gatewayusers.application.sgw.CreateGateway;
import org.gatewayusers.application.sgw.CreateGatewayCommand;
import org.gatewayusers.application.sgw.CreateSmbUser;
import org.gatewayusers.application.sgw.CreateSmbUserCommand;
import org.gatewayusers.application.sgw.CreateStorageBundle;
import org.gatewayusers.application.sgw.CreateStorageBundleCommand;
import org.gatewayusers.application.sgw.DeleteGateway;
import org.gatewayusers.application.sgw.ListSmbUsers;
import org.gatewayusers.application.sgw.ListTasks;
import org.gatewayusers.application.sgw.RecoverTasks;
import org.gatewayusers.application.sgw.RunNextTask;
import org.gatewayusers.application.sgw.SmbUserView;
import org.gatewayusers.application.sgw.SubmittedTask;
import org.gatewayusers.application.sgw.TaskView;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.gatewayusers.persistence.shared.NtHashCredentialHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sgw use cases on the JPA repositories, each call in a transaction of its own as the edge opens them. */
class SgwUseCasesOnJpaTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final AtomicLong seeds = new AtomicLong(100);
    private final String gatewayId;

    SgwUseCasesOnJpaTest() {
        String bundleId = db.fromTransaction(em -> new CreateStorageBundle(bundles(em), clock, new SplittableRandom(1))
                .create(new CreateStorageBundleCommand("bundle1", null, "cn-hangzhou")).storageBundleId());
        gatewayId = db.fromTransaction(em -> new CreateGateway(bundles(em), gateways(em), clock, new SplittableRandom(2))
                .create(new CreateGatewayCommand(bundleId, "gw1", "File", "Cloud", null)).gatewayId());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private CreateSmbUser createSmbUser(EntityManager em, long seed) {
        return new CreateSmbUser(gateways(em), smbUsers(em), tasks(em), new NtHashCredentialHasher(), clock,
                new SplittableRandom(seed));
    }

    private String createUser(String username, String password) {
        return db.fromTransaction(em -> createSmbUser(em, seeds.incrementAndGet())
                .create(new CreateSmbUserCommand(gatewayId, username, Password.of(password))).taskId());
    }

    private boolean runNext(String worker) {
        return db.fromTransaction(em -> new RunNextTask(tasks(em), gateways(em), smbUsers(em), clock, worker, LEASE)
                .runNext());
    }

    private List<String> users() {
        return db.fromTransaction(em -> new ListSmbUsers(gateways(em), smbUsers(em))
                .list(gatewayId, PageRequest.first())).items().stream().map(SmbUserView::username).toList();
    }

    private TaskView task(String taskId) {
        return db.fromTransaction(em -> new ListTasks(gateways(em), tasks(em))
                .list(gatewayId, taskId, PageRequest.first())).items().get(0);
    }

    @Test
    void a_user_asked_for_exists_with_its_nt_hash_once_a_worker_ran_the_task() {
        String taskId = createUser("alex", "password");
        assertEquals("task.state.Initialized", task(taskId).stateCode());
        assertEquals(List.of(), users());

        assertTrue(runNext("worker-1"));

        assertEquals(List.of("alex"), users());
        assertEquals("task.state.completed", task(taskId).stateCode());
        assertEquals(100, task(taskId).progress());
        assertEquals(List.of("8846F7EAEE8FB117AD06BDD830B7586C"), db.query("SELECT credential_hash FROM sgw_smb_user"));
        assertEquals(List.of("NT"), db.query("SELECT credential_scheme FROM sgw_smb_user"));
    }

    @Test
    void no_password_is_stored_anywhere() {
        createUser("alex", "Secr3tPassw0rd");
        runNext("worker-1");

        List<String> wholeDatabase = db.query("SCRIPT");

        assertTrue(wholeDatabase.stream().anyMatch(line -> line.contains("8846F7EAEE8FB117AD06BDD830B7586C")
                || line.contains("sgw_smb_user")), "the dump holds the tables");
        assertTrue(wholeDatabase.stream().noneMatch(line -> line.contains("Secr3tPassw0rd")));
    }

    @Test
    void a_second_create_of_the_user_before_the_first_ran_is_refused_as_in_operation() {
        createUser("alex", "password");

        SgwRejection rejection = assertThrows(SgwRejection.class, () -> createUser("ALEX", "password"));

        assertEquals(SgwRejection.Reason.GATEWAY_IN_OPERATION, rejection.reason());
    }

    @Test
    void two_creates_of_one_user_at_once_record_one_task() throws Exception {
        CountDownLatch firstHoldsTheGateway = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> db.fromTransaction(em -> {
                SubmittedTask submitted = createSmbUser(em, 1)
                        .create(new CreateSmbUserCommand(gatewayId, "alex", Password.of("password")));
                firstHoldsTheGateway.countDown();
                awaitQuietly(letFirstCommit);
                return submitted.taskId();
            }));
            assertTrue(firstHoldsTheGateway.await(10, TimeUnit.SECONDS));
            Future<String> second = pool.submit(() -> createUser("Alex", "password"));
            Thread.sleep(200);
            letFirstCommit.countDown();

            first.get(30, TimeUnit.SECONDS);
            ExecutionException refused = assertThrows(ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS));
            SgwRejection rejection = assertInstanceOf(SgwRejection.class, refused.getCause());
            assertEquals(SgwRejection.Reason.GATEWAY_IN_OPERATION, rejection.reason());
            assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM sgw_task"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_user_created_meanwhile_fails_the_later_task() {
        String first = createUser("alex", "password");
        runNext("worker-1");
        db.inTransaction(em -> smbUsers(em).removeAllOf(new org.gatewayusers.domain.sgw.GatewayId(gatewayId)));
        String second = createUser("alex", "password");
        db.inTransaction(em -> smbUsers(em).add(org.gatewayusers.domain.sgw.SmbUser.reconstitute(
                new org.gatewayusers.domain.sgw.GatewayId(gatewayId), new org.gatewayusers.domain.sgw.SmbUserName("ALEX"),
                new org.gatewayusers.domain.shared.CredentialHash("NT", "X"))));

        runNext("worker-1");

        assertEquals("task.state.completed", task(first).stateCode());
        assertEquals("task.state.Failed", task(second).stateCode());
        assertEquals("task.error.UserExists", task(second).messageKey());
    }

    @Test
    void deleting_the_gateway_removes_its_users_and_keeps_its_tasks_to_describe() {
        createUser("alex", "password");
        createUser("blake", "password");
        String deletion = db.fromTransaction(em -> new DeleteGateway(gateways(em), tasks(em), clock, new SplittableRandom(3))
                .delete(gatewayId).taskId());

        while (runNext("worker-1")) {
            clock.advance(Duration.ofSeconds(1));
        }

        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM sgw_smb_user"));
        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM sgw_gateway"));
        assertEquals("task.state.completed", task(deletion).stateCode());
        assertEquals(3, db.fromTransaction(em -> new ListTasks(gateways(em), tasks(em))
                .list(gatewayId, null, PageRequest.first())).totalCount());
    }

    @Test
    void a_task_left_running_by_a_dead_worker_is_recovered_and_run() {
        String taskId = createUser("alex", "password");
        db.inTransaction(em -> tasks(em).claimNext("dead-worker", clock.now(), clock.now().plus(LEASE)));
        assertEquals("task.state.Running", task(taskId).stateCode());
        assertEquals(false, runNext("worker-1"));

        clock.advance(LEASE);
        int recovered = db.fromTransaction(em -> new RecoverTasks(tasks(em), clock).recover());

        assertEquals(1, recovered);
        assertEquals("task.state.Initialized", task(taskId).stateCode());
        assertTrue(runNext("worker-1"));
        assertEquals(List.of("alex"), users());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

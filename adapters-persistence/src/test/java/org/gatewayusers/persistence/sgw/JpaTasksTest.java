package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.gatewayusers.persistence.sgw.SgwStore.bundles;
import static org.gatewayusers.persistence.sgw.SgwStore.gateways;
import static org.gatewayusers.persistence.sgw.SgwStore.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.sgw.TaskWork;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The task queue on EclipseLink and the migrated schema, in H2: claims are one conditional UPDATE each. */
class JpaTasksTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");
    private static final Instant LEASE_END = T0.plusSeconds(300);

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final StorageBundle bundle = aStorageBundle().build();
    private final Gateway gateway = aFileGateway().in(bundle).named("gw1").build();
    private final Gateway otherGateway = aFileGateway().in(bundle).named("gw2").build();

    JpaTasksTest() {
        db.inTransaction(em -> {
            bundles(em).add(bundle);
            gateways(em).add(gateway);
            gateways(em).add(otherGateway);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Task add(Task task) {
        db.inTransaction(em -> tasks(em).add(task));
        return task;
    }

    private Task reload(Task task) {
        return db.fromTransaction(em -> tasks(em).withId(task.id())).orElseThrow();
    }

    private Optional<Task> claim(String worker, Instant now) {
        return db.fromTransaction(em -> tasks(em).claimNext(worker, now, now.plusSeconds(300)));
    }

    private Optional<TaskId> claimedId(String worker) {
        return claim(worker, T0).map(Task::id);
    }

    // Storing and reading

    @Test
    void stores_a_user_creation_with_the_hash_and_reads_it_back() {
        Task task = add(aTask().on(gateway).withSequence(7).creating("Alex_1").createdAt(T0).build());

        Task reloaded = reload(task);

        assertEquals(task.id(), reloaded.id());
        assertEquals(gateway.id(), reloaded.gateway());
        assertEquals(7, reloaded.sequence());
        assertEquals(new TaskWork.CreateSmbUser(new SmbUserName("Alex_1"), NT_HASH), reloaded.work());
        assertEquals(TaskState.INITIALIZED, reloaded.state());
        assertEquals(0, reloaded.progress());
        assertEquals(T0, reloaded.createdAt());
        assertEquals(T0, reloaded.updatedAt());
        assertEquals(Optional.empty(), reloaded.claimedBy());
    }

    @Test
    void stores_every_kind_of_work() {
        List<TaskWork> works = List.of(
                new TaskWork.DeleteSmbUser(new SmbUserName("alex")),
                new TaskWork.DeleteGateway(),
                new TaskWork.DeployGateway(),
                new TaskWork.ChangeGatewayClass(),
                new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, AN_AD_LINK),
                new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, DirectoryLink.none()),
                new TaskWork.ChangeDirectory(DirectoryKind.LDAP,
                        new org.gatewayusers.domain.sgw.LdapLink("10.0.0.2", "dc=a", "cn=b,dc=a", true)),
                new TaskWork.ChangeDirectory(DirectoryKind.LDAP, DirectoryLink.none()));
        long sequence = 1;
        for (TaskWork work : works) {
            Task task = add(aTask().on(gateway).withSequence(sequence++).doing(work).build());

            assertEquals(work, reload(task).work());
        }
    }

    @Test
    void stores_running_completed_and_failed_tasks_as_they_are() {
        Task running = add(aTask().on(gateway).withSequence(1).running("worker-1", LEASE_END).build());
        Task completed = add(aTask().on(gateway).withSequence(2).completed().build());
        Task failed = add(aTask().on(gateway).withSequence(3).failedFor(SgwRejection.Reason.USER_EXISTS).build());

        assertEquals(Optional.of("worker-1"), reload(running).claimedBy());
        assertEquals(Optional.of(LEASE_END), reload(running).leaseUntil());
        assertEquals(100, reload(completed).progress());
        assertEquals(Optional.of(SgwRejection.Reason.USER_EXISTS), reload(failed).failure());
    }

    @Test
    void refuses_a_second_task_with_a_sequence_the_gateway_used() {
        add(aTask().on(gateway).withSequence(1).build());

        assertThrows(RuntimeException.class, () -> add(aTask().on(gateway).withSequence(1).build()));
        add(aTask().on(otherGateway).withSequence(1).build());
    }

    @Test
    void finds_nothing_for_an_id_no_task_has() {
        assertTrue(db.fromTransaction(em -> tasks(em).withId(new TaskId("t-000c6hshwukkbtxrb123"))).isEmpty());
    }

    @Test
    void lists_the_tasks_of_a_gateway_newest_first_a_page_at_a_time() {
        for (long sequence = 1; sequence <= 5; sequence++) {
            add(aTask().on(gateway).withSequence(sequence).build());
        }
        add(aTask().on(otherGateway).withSequence(1).build());

        List<Long> page = db.fromTransaction(em -> tasks(em).ofGateway(gateway.id(), 2, 2)).stream()
                .map(Task::sequence).toList();

        assertEquals(List.of(3L, 2L), page);
        assertEquals(5L, (long) db.fromTransaction(em -> tasks(em).countOfGateway(gateway.id())));
        assertEquals(0L, (long) db.fromTransaction(em -> tasks(em).countOfGateway(
                new org.gatewayusers.domain.sgw.GatewayId("gw-000eg44nmxbsfwbvq2ab"))));
    }

    @Test
    void knows_a_users_unfinished_task_in_any_case() {
        add(aTask().on(gateway).withSequence(1).creating("alex").build());
        add(aTask().on(gateway).withSequence(2).deleting("blake").running("w", LEASE_END).build());
        add(aTask().on(gateway).withSequence(3).creating("casey").completed().build());
        add(aTask().on(gateway).withSequence(4).creating("dana").failedFor(SgwRejection.Reason.USER_EXISTS).build());

        assertTrue(unfinished(gateway.id(), new SmbUserName("ALEX")));
        assertTrue(unfinished(gateway.id(), new SmbUserName("blake")));
        assertFalse(unfinished(gateway.id(), new SmbUserName("casey")));
        assertFalse(unfinished(gateway.id(), new SmbUserName("dana")));
        assertFalse(unfinished(otherGateway.id(), new SmbUserName("alex")));
    }

    private boolean unfinished(org.gatewayusers.domain.sgw.GatewayId on, SmbUserName user) {
        return db.fromTransaction(em -> tasks(em).hasUnfinishedFor(on, user));
    }

    // Claims

    @Test
    void claims_nothing_when_nothing_waits() {
        add(aTask().on(gateway).completed().build());

        assertEquals(Optional.empty(), claim("worker-1", T0));
    }

    @Test
    void claims_a_waiting_task_for_the_worker_until_the_lease_ends() {
        Task task = add(aTask().on(gateway).createdAt(T0).build());

        Task claimed = claim("worker-1", T0.plusSeconds(2)).orElseThrow();

        assertEquals(task.id(), claimed.id());
        assertEquals(TaskState.RUNNING, claimed.state());
        assertEquals(Optional.of("worker-1"), claimed.claimedBy());
        assertEquals(Optional.of(T0.plusSeconds(302)), claimed.leaseUntil());
        assertEquals(T0.plusSeconds(2), claimed.updatedAt());
        assertEquals(claimed.state(), reload(task).state());
        assertEquals(claimed.claimedBy(), reload(task).claimedBy());
    }

    @Test
    void two_claimers_never_get_one_task() {
        Task only = add(aTask().on(gateway).build());

        assertEquals(Optional.of(only.id()), claimedId("worker-1"));
        assertEquals(Optional.empty(), claimedId("worker-2"));
        assertEquals(Optional.of("worker-1"), reload(only).claimedBy());
    }

    @Test
    void claims_the_oldest_task_first() {
        Task newer = add(aTask().on(gateway).createdAt(T0.plusSeconds(10)).build());
        Task older = add(aTask().on(otherGateway).createdAt(T0).build());

        assertEquals(Optional.of(older.id()), claimedId("worker-1"));
        assertEquals(Optional.of(newer.id()), claimedId("worker-2"));
    }

    @Test
    void a_gateways_second_task_is_not_claimed_while_its_first_runs() {
        Task first = add(aTask().on(gateway).withSequence(1).createdAt(T0).build());
        add(aTask().on(gateway).withSequence(2).createdAt(T0).build());
        Task elsewhere = add(aTask().on(otherGateway).createdAt(T0.plusSeconds(60)).build());

        assertEquals(Optional.of(first.id()), claimedId("worker-1"));
        assertEquals(Optional.of(elsewhere.id()), claimedId("worker-2"));
        assertEquals(Optional.empty(), claimedId("worker-3"));
    }

    @Test
    void a_gateways_second_task_is_claimed_once_its_first_has_finished() {
        add(aTask().on(gateway).withSequence(1).build());
        Task second = add(aTask().on(gateway).withSequence(2).build());
        Task first = claim("worker-1", T0).orElseThrow();
        db.inTransaction(em -> tasks(em).finish(first.completed(T0.plusSeconds(1)), "worker-1"));

        assertEquals(Optional.of(second.id()), claimedId("worker-2"));
    }

    @Test
    void claims_a_gateways_tasks_in_sequence_order_whatever_their_times() {
        Task second = add(aTask().on(gateway).withSequence(2).createdAt(T0).build());
        Task first = add(aTask().on(gateway).withSequence(1).createdAt(T0.plusSeconds(30)).build());

        assertEquals(Optional.of(first.id()), claim("worker-1", T0.plusSeconds(60)).map(Task::id));
        db.inTransaction(em -> tasks(em).finish(reload(first).failed(SgwRejection.Reason.USER_EXISTS, T0.plusSeconds(61)),
                "worker-1"));
        assertEquals(Optional.of(second.id()), claim("worker-1", T0.plusSeconds(62)).map(Task::id));
    }

    @Test
    void claims_a_task_again_once_its_lease_has_run_out_before_the_next_of_its_gateway() {
        Task abandoned = add(aTask().on(gateway).withSequence(1).running("dead-worker", T0).build());
        add(aTask().on(gateway).withSequence(2).build());

        assertEquals(Optional.empty(), claim("worker-1", T0.minusSeconds(1)).map(Task::id));
        Task reclaimed = claim("worker-1", T0).orElseThrow();

        assertEquals(abandoned.id(), reclaimed.id());
        assertEquals(Optional.of("worker-1"), reclaimed.claimedBy());
    }

    @Test
    void two_claimers_at_once_never_get_one_task() throws Exception {
        int gateways = 2;
        int perGateway = 10;
        List<Gateway> all = List.of(gateway, otherGateway);
        for (int g = 0; g < gateways; g++) {
            for (long sequence = 1; sequence <= perGateway; sequence++) {
                add(aTask().on(all.get(g)).withSequence(sequence).build());
            }
        }
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<TaskId>>> results = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                String worker = "worker-" + w;
                Callable<List<TaskId>> work = () -> {
                    start.await();
                    List<TaskId> ran = new ArrayList<>();
                    for (int attempt = 0; attempt < 200 && ran.size() < gateways * perGateway; attempt++) {
                        Optional<TaskId> ranOne = db.fromTransaction(em -> {
                            Optional<Task> claimed = tasks(em).claimNext(worker, T0, LEASE_END);
                            claimed.ifPresent(task -> {
                                // what every other server sees: each earlier task of the gateway has completed
                                assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM sgw_task WHERE gateway_id = ?"
                                        + " AND sequence_number < ? AND state <> 'COMPLETED'",
                                        task.gateway().value(), task.sequence()), "ran out of order: " + task.sequence());
                                tasks(em).finish(task.completed(T0), worker);
                            });
                            return claimed.map(Task::id);
                        });
                        ranOne.ifPresent(ran::add);
                    }
                    return ran;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<TaskId> ran = new ArrayList<>();
            for (Future<List<TaskId>> result : results) {
                ran.addAll(result.get(60, TimeUnit.SECONDS));
            }

            Set<TaskId> distinct = new HashSet<>(ran);
            assertEquals(ran.size(), distinct.size(), "a task ran twice: " + ran);
            assertEquals(gateways * perGateway, distinct.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_claimer_waiting_on_another_claimers_open_claim_does_not_get_that_task() throws Exception {
        Task first = add(aTask().on(gateway).withSequence(1).createdAt(T0).build());
        add(aTask().on(gateway).withSequence(2).createdAt(T0).build());
        CountDownLatch claimedButOpen = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<TaskId>> holder = pool.submit(() -> db.fromTransaction(em -> {
                Optional<Task> claimed = tasks(em).claimNext("worker-1", T0, LEASE_END);
                claimedButOpen.countDown();
                awaitQuietly(release);
                return claimed.map(Task::id);
            }));
            claimedButOpen.await(10, TimeUnit.SECONDS);
            Future<Optional<TaskId>> second = pool.submit(() -> claimedId("worker-2"));
            Thread.sleep(200);
            release.countDown();

            assertEquals(Optional.of(first.id()), holder.get(30, TimeUnit.SECONDS));
            Optional<TaskId> secondGot = second.get(30, TimeUnit.SECONDS);
            assertNotEquals(Optional.of(first.id()), secondGot);
            assertEquals(Optional.empty(), secondGot, "the gateway's second task runs only after its first");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // Finishing

    @Test
    void completes_a_claimed_task_at_100_and_frees_it() {
        add(aTask().on(gateway).build());
        Task claimed = claim("worker-1", T0).orElseThrow();

        db.inTransaction(em -> tasks(em).finish(claimed.completed(T0.plusSeconds(5)), "worker-1"));

        Task done = reload(claimed);
        assertEquals(TaskState.COMPLETED, done.state());
        assertEquals(100, done.progress());
        assertEquals(T0.plusSeconds(5), done.updatedAt());
        assertEquals(Optional.empty(), done.claimedBy());
        assertEquals(Optional.empty(), done.leaseUntil());
        assertEquals(List.of(""), db.query("SELECT COALESCE(claim_token, '') FROM sgw_task"));
    }

    @Test
    void fails_a_claimed_task_with_its_reason() {
        add(aTask().on(gateway).build());
        Task claimed = claim("worker-1", T0).orElseThrow();

        db.inTransaction(em -> tasks(em).finish(claimed.failed(SgwRejection.Reason.GATEWAY_NOT_FOUND, T0), "worker-1"));

        assertEquals(Optional.of(SgwRejection.Reason.GATEWAY_NOT_FOUND), reload(claimed).failure());
        assertEquals(TaskState.FAILED, reload(claimed).state());
    }

    @Test
    void refuses_a_finish_by_a_worker_that_does_not_hold_the_claim() {
        add(aTask().on(gateway).build());
        Task claimed = claim("worker-1", T0).orElseThrow();

        assertThrows(IllegalStateException.class,
                () -> db.inTransaction(em -> tasks(em).finish(claimed.completed(T0), "worker-2")));
        assertEquals(TaskState.RUNNING, reload(claimed).state());
    }

    @Test
    void refuses_a_finish_once_another_worker_took_over_the_lost_lease() {
        add(aTask().on(gateway).build());
        Task lost = claim("worker-1", T0).orElseThrow();
        claim("worker-2", LEASE_END).orElseThrow();

        assertThrows(IllegalStateException.class,
                () -> db.inTransaction(em -> tasks(em).finish(lost.completed(LEASE_END), "worker-1")));
        assertEquals(Optional.of("worker-2"), reload(lost).claimedBy());
    }

    @Test
    void refuses_to_finish_a_task_that_is_not_finished() {
        add(aTask().on(gateway).build());
        Task claimed = claim("worker-1", T0).orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> db.inTransaction(em -> tasks(em).finish(claimed, "worker-1")));
    }

    // Recovery

    @Test
    void an_expired_lease_is_recovered_as_a_waiting_task() {
        Task abandoned = add(aTask().on(gateway).withSequence(1).running("dead-worker", T0).build());
        Task live = add(aTask().on(otherGateway).withSequence(1).running("other-server", T0.plusSeconds(1)).build());
        add(aTask().on(gateway).withSequence(2).completed().build());

        int released = db.fromTransaction(em -> tasks(em).releaseExpired(T0));

        assertEquals(1, released);
        Task recovered = reload(abandoned);
        assertEquals(TaskState.INITIALIZED, recovered.state());
        assertEquals(Optional.empty(), recovered.claimedBy());
        assertEquals(Optional.empty(), recovered.leaseUntil());
        assertEquals(0, recovered.progress());
        assertEquals(T0, recovered.updatedAt());
        assertEquals(TaskState.RUNNING, reload(live).state());
        assertEquals(Optional.of(abandoned.id()), claimedId("worker-1"));
    }
}

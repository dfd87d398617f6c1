package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.sgw.TaskWork;
import org.junit.jupiter.api.Test;

class RunNextTaskTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final Gateway gateway = aFileGateway().build();
    private final Gateway otherGateway = aFileGateway().named("other").build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway, otherGateway);
    private final InMemorySmbUsers smbUsers = new InMemorySmbUsers();
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FixedClock clock = FixedClock.at(T0);
    private final RunNextTask worker = new RunNextTask(tasks, gateways, smbUsers, clock, "worker-1", LEASE);

    private Task add(Task task) {
        tasks.add(task);
        return task;
    }

    private Task stored(Task task) {
        return tasks.stored(task.id().value());
    }

    @Test
    void runs_nothing_when_nothing_waits() {
        assertFalse(worker.runNext());
    }

    @Test
    void creates_the_user_with_the_hash_and_completes_the_task_at_100() {
        Task task = add(aTask().on(gateway).creating("alex").createdAt(T0).build());
        clock.advance(Duration.ofSeconds(3));

        assertTrue(worker.runNext());

        assertEquals(Optional.of(NT_HASH), smbUsers.named(gateway.id(), new SmbUserName("alex")).map(SmbUser::credential));
        Task done = stored(task);
        assertEquals(TaskState.COMPLETED, done.state());
        assertEquals(100, done.progress());
        assertEquals(T0.plusSeconds(3), done.updatedAt());
        assertEquals(T0, done.createdAt());
        assertEquals(Optional.empty(), done.claimedBy());
    }

    @Test
    void fails_a_create_when_the_user_exists_by_then() {
        smbUsers.add(SmbUser.create(gateway, new SmbUserName("ALEX"), NT_HASH));
        Task task = add(aTask().on(gateway).creating("alex").build());

        assertTrue(worker.runNext());

        assertEquals(TaskState.FAILED, stored(task).state());
        assertEquals(Optional.of(SgwRejection.Reason.USER_EXISTS), stored(task).failure());
        assertEquals(List.of("ALEX"), smbUsers.namesOn(gateway.id()));
    }

    @Test
    void fails_a_create_when_the_gateway_joined_a_directory_by_then() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedTo(AN_AD_LINK).build());
        Task task = add(aTask().on(gateway).creating("alex").build());

        worker.runNext();

        assertEquals(Optional.of(SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY), stored(task).failure());
        assertEquals(List.of(), smbUsers.all());
    }

    @Test
    void fails_a_task_whose_gateway_is_gone() {
        Task task = add(aTask().on(new org.gatewayusers.domain.sgw.GatewayId("gw-000eg44nmxbsfwbvq2ab"))
                .creating("alex").build());

        assertTrue(worker.runNext());

        assertEquals(Optional.of(SgwRejection.Reason.GATEWAY_NOT_FOUND), stored(task).failure());
    }

    @Test
    void deletes_the_user_in_any_case() {
        smbUsers.add(SmbUser.create(gateway, new SmbUserName("alex"), NT_HASH));
        Task task = add(aTask().on(gateway).deleting("ALEX").build());

        worker.runNext();

        assertEquals(List.of(), smbUsers.all());
        assertEquals(TaskState.COMPLETED, stored(task).state());
    }

    @Test
    void fails_a_delete_when_the_user_is_gone_by_then() {
        Task task = add(aTask().on(gateway).deleting("alex").build());

        worker.runNext();

        assertEquals(Optional.of(SgwRejection.Reason.USER_NOT_FOUND), stored(task).failure());
    }

    @Test
    void a_failed_gateway_task_gives_the_gateway_back_its_running_state() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToLdap()
                .inState(GatewayState.CHANGING_DIRECTORY).build());
        Task task = add(aTask().on(gateway).doing(new TaskWork.ChangeDirectory(DirectoryKind.ACTIVE_DIRECTORY, AN_AD_LINK))
                .build());

        worker.runNext();

        assertEquals(Optional.of(SgwRejection.Reason.OTHER_DIRECTORY_LINKED), stored(task).failure());
        assertEquals(GatewayState.RUNNING, gateways.stored(gateway.id()).state());
        assertEquals(DirectoryKind.LDAP, gateways.stored(gateway.id()).directory().kind());
    }

    @Test
    void a_failed_user_task_leaves_the_gateway_state_alone() {
        gateways.update(aFileGateway().withId(gateway.id().value()).inState(GatewayState.DELETING).build());
        add(aTask().on(gateway).withSequence(1).deleting("nobody").build());

        worker.runNext();

        assertEquals(GatewayState.DELETING, gateways.stored(gateway.id()).state());
    }

    @Test
    void runs_the_tasks_of_a_gateway_in_sequence_order() {
        Task second = add(aTask().on(gateway).withSequence(2).deleting("alex").createdAt(T0).build());
        Task first = add(aTask().on(gateway).withSequence(1).creating("alex").createdAt(T0.plusSeconds(5)).build());

        worker.runNext();
        assertEquals(TaskState.COMPLETED, stored(first).state());
        assertEquals(TaskState.INITIALIZED, stored(second).state());
        worker.runNext();

        assertEquals(TaskState.COMPLETED, stored(second).state());
        assertEquals(List.of(), smbUsers.all());
    }

    @Test
    void runs_the_oldest_waiting_task_first_across_gateways() {
        Task newer = add(aTask().on(gateway).creating("alex").createdAt(T0.plusSeconds(10)).build());
        Task older = add(aTask().on(otherGateway).creating("blake").createdAt(T0).build());

        worker.runNext();

        assertEquals(TaskState.COMPLETED, stored(older).state());
        assertEquals(TaskState.INITIALIZED, stored(newer).state());
    }

    @Test
    void leaves_a_gateway_alone_while_its_earlier_task_runs_on_a_live_lease() {
        add(aTask().on(gateway).withSequence(1).creating("alex").running("worker-2", T0.plusSeconds(60)).build());
        Task next = add(aTask().on(gateway).withSequence(2).creating("blake").build());
        Task elsewhere = add(aTask().on(otherGateway).creating("casey").createdAt(T0.plusSeconds(9)).build());

        assertTrue(worker.runNext());
        assertFalse(worker.runNext());

        assertEquals(TaskState.INITIALIZED, stored(next).state());
        assertEquals(TaskState.COMPLETED, stored(elsewhere).state());
    }

    @Test
    void takes_over_a_task_whose_worker_lost_its_lease() {
        Task abandoned = add(aTask().on(gateway).creating("alex").running("worker-2", T0.minusSeconds(1)).build());

        assertTrue(worker.runNext());

        assertEquals(TaskState.COMPLETED, stored(abandoned).state());
        assertEquals(List.of("alex"), smbUsers.namesOn(gateway.id()));
    }

    @Test
    void claims_for_its_worker_until_the_lease_ends() {
        Tasks watching = new Tasks() {
            @Override
            public void add(Task task) {
                tasks.add(task);
            }

            @Override
            public Optional<Task> withId(org.gatewayusers.domain.sgw.TaskId id) {
                return tasks.withId(id);
            }

            @Override
            public List<Task> ofGateway(org.gatewayusers.domain.sgw.GatewayId g, int offset, int limit) {
                return tasks.ofGateway(g, offset, limit);
            }

            @Override
            public long countOfGateway(org.gatewayusers.domain.sgw.GatewayId g) {
                return tasks.countOfGateway(g);
            }

            @Override
            public boolean hasUnfinishedFor(org.gatewayusers.domain.sgw.GatewayId g, SmbUserName user) {
                return tasks.hasUnfinishedFor(g, user);
            }

            @Override
            public Optional<Task> claimNext(String workerId, Instant now, Instant leaseUntil) {
                assertEquals("worker-1", workerId);
                assertEquals(T0, now);
                assertEquals(T0.plus(LEASE), leaseUntil);
                Optional<Task> claimed = tasks.claimNext(workerId, now, leaseUntil);
                assertEquals(Optional.of(TaskState.RUNNING), claimed.map(Task::state));
                return claimed;
            }

            @Override
            public void finish(Task task, String workerId) {
                assertEquals("worker-1", workerId);
                tasks.finish(task, workerId);
            }

            @Override
            public int releaseExpired(Instant now) {
                return tasks.releaseExpired(now);
            }
        };
        add(aTask().on(gateway).creating("alex").build());

        assertTrue(new RunNextTask(watching, gateways, smbUsers, clock, "worker-1", LEASE).runNext());
    }

    @Test
    void never_runs_a_finished_task_again() {
        add(aTask().on(gateway).creating("alex").completed().build());
        add(aTask().on(gateway).withSequence(2).creating("blake").failedFor(SgwRejection.Reason.USER_EXISTS).build());

        assertFalse(worker.runNext());
    }

    @Test
    void needs_a_lease_of_a_second_at_least() {
        assertThrows(IllegalArgumentException.class,
                () -> new RunNextTask(tasks, gateways, smbUsers, clock, "w", Duration.ofMillis(999)));
    }
}

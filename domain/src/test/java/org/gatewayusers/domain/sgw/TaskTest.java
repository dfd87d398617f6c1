package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The task state machine: INITIALIZED -> RUNNING -> COMPLETED | FAILED, and RUNNING -> INITIALIZED on a lost lease. */
class TaskTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");
    private static final Instant LEASE_END = T0.plus(Duration.ofMinutes(5));
    private static final TaskId ID = new TaskId("t-000c6hshwukkbtxrb123");
    private static final GatewayId GATEWAY = new GatewayId("gw-000eg44nmxbsfwbvq2ab");
    private static final TaskWork CREATE_ALEX = new TaskWork.CreateSmbUser(new SmbUserName("alex"), NT_HASH);

    private static Task submitted() {
        return Task.submit(ID, GATEWAY, 1, CREATE_ALEX, T0.plusMillis(750));
    }

    private static Task running() {
        return submitted().claimed("worker-1", T0.plusSeconds(1), LEASE_END);
    }

    @Test
    void a_submitted_task_waits_at_progress_0_for_its_gateway() {
        Task task = submitted();

        assertEquals(TaskState.INITIALIZED, task.state());
        assertEquals(0, task.progress());
        assertEquals(GATEWAY, task.gateway());
        assertEquals(1, task.sequence());
        assertEquals("CreateGatewaySMBUser", task.name());
        assertEquals(TaskKind.CREATE_SMB_USER, task.kind());
        assertEquals(Optional.empty(), task.failure());
        assertEquals(Optional.empty(), task.claimedBy());
        assertFalse(task.isFinished());
    }

    @Test
    void keeps_its_times_to_the_second() {
        Task task = submitted();

        assertEquals(T0, task.createdAt());
        assertEquals(T0, task.updatedAt());
    }

    @Test
    void a_claimed_task_runs_held_by_its_worker_until_the_lease_ends() {
        Task task = running();

        assertEquals(TaskState.RUNNING, task.state());
        assertEquals(Optional.of("worker-1"), task.claimedBy());
        assertEquals(Optional.of(LEASE_END), task.leaseUntil());
        assertEquals(T0.plusSeconds(1), task.updatedAt());
        assertEquals(T0, task.createdAt());
    }

    @Test
    void a_completed_task_is_at_100_and_free_of_its_worker() {
        Task task = running().completed(T0.plusSeconds(2));

        assertEquals(TaskState.COMPLETED, task.state());
        assertEquals(100, task.progress());
        assertEquals(Optional.empty(), task.claimedBy());
        assertEquals(Optional.empty(), task.leaseUntil());
        assertEquals(T0.plusSeconds(2), task.updatedAt());
        assertTrue(task.isFinished());
    }

    @Test
    void a_failed_task_keeps_its_reason() {
        Task task = running().failed(SgwRejection.Reason.USER_EXISTS, T0.plusSeconds(2));

        assertEquals(TaskState.FAILED, task.state());
        assertEquals(Optional.of(SgwRejection.Reason.USER_EXISTS), task.failure());
        assertEquals(Optional.empty(), task.claimedBy());
        assertTrue(task.isFinished());
    }

    @Test
    void a_waiting_task_is_claimable() {
        assertTrue(submitted().isClaimable(T0));
    }

    @Test
    void a_running_task_is_claimable_again_only_once_its_lease_has_run_out() {
        Task task = running();

        assertFalse(task.isClaimable(LEASE_END.minusSeconds(1)));
        assertTrue(task.isClaimable(LEASE_END));
        assertEquals(Optional.of("worker-2"),
                task.claimed("worker-2", LEASE_END, LEASE_END.plusSeconds(60)).claimedBy());
    }

    @Test
    void a_running_task_on_a_live_lease_cannot_be_claimed() {
        assertThrows(IllegalStateException.class, () -> running().claimed("worker-2", T0.plusSeconds(2), LEASE_END));
    }

    @Test
    void a_finished_task_is_never_claimed_again() {
        Task completed = running().completed(T0.plusSeconds(2));
        Task failed = running().failed(SgwRejection.Reason.GATEWAY_NOT_FOUND, T0.plusSeconds(2));

        assertFalse(completed.isClaimable(LEASE_END.plusSeconds(3600)));
        assertThrows(IllegalStateException.class, () -> completed.claimed("w", LEASE_END, LEASE_END.plusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> failed.claimed("w", LEASE_END, LEASE_END.plusSeconds(1)));
    }

    @Test
    void only_a_running_task_completes_or_fails() {
        assertThrows(IllegalStateException.class, () -> submitted().completed(T0));
        assertThrows(IllegalStateException.class, () -> submitted().failed(SgwRejection.Reason.USER_EXISTS, T0));
        assertThrows(IllegalStateException.class, () -> running().completed(T0).completed(T0));
    }

    @Test
    void a_running_task_whose_lease_ran_out_goes_back_to_waiting() {
        Task released = running().released(LEASE_END.plusSeconds(1));

        assertEquals(TaskState.INITIALIZED, released.state());
        assertEquals(Optional.empty(), released.claimedBy());
        assertEquals(Optional.empty(), released.leaseUntil());
        assertEquals(LEASE_END.plusSeconds(1), released.updatedAt());
    }

    @Test
    void a_task_on_a_live_lease_is_not_released() {
        assertThrows(IllegalStateException.class, () -> running().released(LEASE_END.minusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> submitted().released(LEASE_END));
    }

    @Test
    void a_lease_must_end_after_the_claim() {
        assertThrows(IllegalArgumentException.class, () -> submitted().claimed("w", T0, T0));
    }

    @Test
    void is_pending_for_its_user_in_any_case_until_finished() {
        Task task = submitted();

        assertTrue(task.isPendingFor(new SmbUserName("ALEX")));
        assertFalse(task.isPendingFor(new SmbUserName("blake")));
        assertFalse(running().completed(T0).isPendingFor(new SmbUserName("alex")));
        assertFalse(aTask().deletingTheGateway().build().isPendingFor(new SmbUserName("alex")));
    }

    @Test
    void refuses_inconsistent_stored_states() {
        assertThrows(IllegalArgumentException.class, () -> Task.reconstitute(ID, GATEWAY, 1, CREATE_ALEX,
                TaskState.FAILED, 0, null, T0, T0, null, null));
        assertThrows(IllegalArgumentException.class, () -> Task.reconstitute(ID, GATEWAY, 1, CREATE_ALEX,
                TaskState.COMPLETED, 100, SgwRejection.Reason.USER_EXISTS, T0, T0, null, null));
        assertThrows(IllegalArgumentException.class, () -> Task.reconstitute(ID, GATEWAY, 1, CREATE_ALEX,
                TaskState.RUNNING, 0, null, T0, T0, null, null));
        assertThrows(IllegalArgumentException.class, () -> Task.reconstitute(ID, GATEWAY, 1, CREATE_ALEX,
                TaskState.INITIALIZED, 0, null, T0, T0, "w", LEASE_END));
        assertThrows(IllegalArgumentException.class, () -> Task.reconstitute(ID, GATEWAY, 0, CREATE_ALEX,
                TaskState.INITIALIZED, 0, null, T0, T0, null, null));
        assertThrows(IllegalArgumentException.class, () -> Task.reconstitute(ID, GATEWAY, 1, CREATE_ALEX,
                TaskState.INITIALIZED, 101, null, T0, T0, null, null));
    }
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskState;
import org.junit.jupiter.api.Test;

/** The fake claims as the store's conditional UPDATE does, or the use case tests would prove nothing. */
class InMemoryTasksTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");
    private static final GatewayId GW1 = new GatewayId("gw-000000000000000000g1");
    private static final GatewayId GW2 = new GatewayId("gw-000000000000000000g2");

    private final InMemoryTasks tasks = new InMemoryTasks();

    private Task add(Task task) {
        tasks.add(task);
        return task;
    }

    private Optional<String> claim(String worker) {
        return tasks.claimNext(worker, T0, T0.plusSeconds(60)).map(task -> task.id().value());
    }

    @Test
    void two_claimers_never_get_one_task() {
        Task only = add(aTask().on(GW1).build());

        assertEquals(Optional.of(only.id().value()), claim("w1"));
        assertEquals(Optional.empty(), claim("w2"));
    }

    @Test
    void does_not_claim_a_gateways_second_task_while_its_first_runs() {
        add(aTask().on(GW1).withSequence(1).build());
        add(aTask().on(GW1).withSequence(2).build());
        Task other = add(aTask().on(GW2).createdAt(T0.plusSeconds(5)).build());

        claim("w1");

        assertEquals(Optional.of(other.id().value()), claim("w2"));
        assertEquals(Optional.empty(), claim("w3"));
    }

    @Test
    void claims_a_task_again_once_its_lease_has_run_out() {
        Task abandoned = add(aTask().on(GW1).running("dead", T0.minusSeconds(1)).build());

        Task claimed = tasks.claimNext("w1", T0, T0.plusSeconds(60)).orElseThrow();

        assertEquals(abandoned.id(), claimed.id());
        assertEquals(Optional.of("w1"), claimed.claimedBy());
    }

    @Test
    void finishes_only_for_the_worker_that_holds_the_claim() {
        add(aTask().on(GW1).build());
        Task claimed = tasks.claimNext("w1", T0, T0.plusSeconds(60)).orElseThrow();

        assertThrows(IllegalStateException.class, () -> tasks.finish(claimed.completed(T0), "w2"));
        tasks.finish(claimed.completed(T0), "w1");
        assertThrows(IllegalStateException.class, () -> tasks.finish(claimed.completed(T0), "w1"));
        assertEquals(TaskState.COMPLETED, tasks.stored(claimed.id().value()).state());
    }

    @Test
    void knows_unfinished_work_per_user_in_any_case() {
        add(aTask().on(GW1).withSequence(1).creating("alex").build());
        add(aTask().on(GW1).withSequence(2).creating("blake").failedFor(SgwRejection.Reason.USER_EXISTS).build());

        assertTrue(tasks.hasUnfinishedFor(GW1, new SmbUserName("ALEX")));
        assertEquals(false, tasks.hasUnfinishedFor(GW1, new SmbUserName("blake")));
        assertEquals(false, tasks.hasUnfinishedFor(GW2, new SmbUserName("alex")));
    }

    @Test
    void refuses_a_second_task_with_the_same_sequence_on_a_gateway() {
        add(aTask().on(GW1).withSequence(1).build());

        assertThrows(IllegalStateException.class, () -> add(aTask().on(GW1).withSequence(1).build()));
        add(aTask().on(GW2).withSequence(1).build());
    }
}

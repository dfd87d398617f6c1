package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskState;
import org.junit.jupiter.api.Test;

class RecoverTasksTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

    private final InMemoryTasks tasks = new InMemoryTasks();
    private final RecoverTasks recoverTasks = new RecoverTasks(tasks, FixedClock.at(NOW));

    private Task add(Task task) {
        tasks.add(task);
        return task;
    }

    @Test
    void puts_a_task_left_running_on_an_expired_lease_back_to_waiting() {
        Task abandoned = add(aTask().running("dead-worker", NOW.minusSeconds(30)).build());

        assertEquals(1, recoverTasks.recover());

        Task recovered = tasks.stored(abandoned.id().value());
        assertEquals(TaskState.INITIALIZED, recovered.state());
        assertEquals(Optional.empty(), recovered.claimedBy());
        assertEquals(NOW, recovered.updatedAt());
    }

    @Test
    void counts_a_lease_ending_now_as_expired() {
        add(aTask().running("dead-worker", NOW).build());

        assertEquals(1, recoverTasks.recover());
    }

    @Test
    void leaves_a_task_on_a_live_lease_to_its_worker() {
        Task live = add(aTask().running("other-server", NOW.plusSeconds(30)).build());

        assertEquals(0, recoverTasks.recover());

        assertEquals(TaskState.RUNNING, tasks.stored(live.id().value()).state());
    }

    @Test
    void leaves_waiting_and_finished_tasks_as_they_are() {
        Task waiting = add(aTask().withSequence(1).build());
        Task completed = add(aTask().withSequence(1).completed().build());
        Task failed = add(aTask().withSequence(1).failedFor(SgwRejection.Reason.USER_EXISTS).build());

        assertEquals(0, recoverTasks.recover());

        assertEquals(TaskState.INITIALIZED, tasks.stored(waiting.id().value()).state());
        assertEquals(TaskState.COMPLETED, tasks.stored(completed.id().value()).state());
        assertEquals(TaskState.FAILED, tasks.stored(failed.id().value()).state());
    }

    @Test
    void a_recovered_task_is_run_again() {
        Task abandoned = add(aTask().deletingTheGateway().running("dead-worker", NOW.minusSeconds(30)).build());
        recoverTasks.recover();

        new RunNextTask(tasks, new InMemoryGateways(), new InMemorySmbUsers(), FixedClock.at(NOW), "worker-1",
                java.time.Duration.ofMinutes(1)).runNext();

        assertEquals(TaskState.FAILED, tasks.stored(abandoned.id().value()).state());
    }
}

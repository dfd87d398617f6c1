package org.gatewayusers.application.sgw;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;
import org.gatewayusers.domain.sgw.TaskState;

/**
 * The tasks in a map, claimed by the rules of the store's conditional UPDATE: a gateway's candidate is its unfinished
 * task of the lowest sequence, if waiting or left on a lease that ran out; the oldest candidate is claimed.
 */
public final class InMemoryTasks implements Tasks {

    private static final Comparator<Task> OLDEST_FIRST = Comparator.comparing(Task::createdAt)
            .thenComparingLong(Task::sequence).thenComparing(task -> task.id().value());

    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();

    public InMemoryTasks(Task... tasks) {
        for (Task task : tasks) {
            add(task);
        }
    }

    @Override
    public void add(Task task) {
        if (tasks.containsKey(task.id())) {
            throw new IllegalStateException("a task with this id is stored already: " + task.id());
        }
        boolean sequenceTaken = tasks.values().stream()
                .anyMatch(other -> other.gateway().equals(task.gateway()) && other.sequence() == task.sequence());
        if (sequenceTaken) {
            throw new IllegalStateException("sequence " + task.sequence() + " of " + task.gateway() + " is taken");
        }
        tasks.put(task.id(), task);
    }

    @Override
    public Optional<Task> withId(TaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public List<Task> ofGateway(GatewayId gateway, int offset, int limit) {
        return tasks.values().stream().filter(task -> task.gateway().equals(gateway))
                .sorted(Comparator.comparingLong(Task::sequence).reversed())
                .skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfGateway(GatewayId gateway) {
        return tasks.values().stream().filter(task -> task.gateway().equals(gateway)).count();
    }

    @Override
    public boolean hasUnfinishedFor(GatewayId gateway, SmbUserName user) {
        return tasks.values().stream().anyMatch(task -> task.gateway().equals(gateway) && task.isPendingFor(user));
    }

    @Override
    public Optional<Task> claimNext(String workerId, Instant now, Instant leaseUntil) {
        Optional<Task> next = tasks.values().stream()
                .filter(task -> !task.isFinished())
                .filter(this::isFirstUnfinishedOfItsGateway)
                .filter(task -> task.isClaimable(now))
                .min(OLDEST_FIRST);
        return next.map(task -> {
            Task claimed = task.claimed(workerId, now, leaseUntil);
            tasks.put(claimed.id(), claimed);
            return claimed;
        });
    }

    private boolean isFirstUnfinishedOfItsGateway(Task task) {
        return tasks.values().stream().noneMatch(other -> other.gateway().equals(task.gateway())
                && !other.isFinished() && other.sequence() < task.sequence());
    }

    @Override
    public void finish(Task task, String workerId) {
        Task stored = tasks.get(task.id());
        if (stored == null || stored.state() != TaskState.RUNNING
                || !Objects.equals(stored.claimedBy().orElse(null), workerId)) {
            throw new IllegalStateException("worker " + workerId + " does not hold task " + task.id());
        }
        tasks.put(task.id(), task);
    }

    @Override
    public int releaseExpired(Instant now) {
        List<Task> expired = tasks.values().stream()
                .filter(task -> task.state() == TaskState.RUNNING && task.isClaimable(now)).toList();
        expired.forEach(task -> tasks.put(task.id(), task.released(now)));
        return expired.size();
    }

    /** The task as stored now. */
    public Task stored(String id) {
        return withId(new TaskId(id)).orElseThrow(() -> new AssertionError("no task " + id + " stored"));
    }

    /** Every task, in the order they were added. */
    public List<Task> all() {
        return List.copyOf(tasks.values());
    }
}

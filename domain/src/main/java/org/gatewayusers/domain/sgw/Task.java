package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.TaskState.COMPLETED;
import static org.gatewayusers.domain.sgw.TaskState.FAILED;
import static org.gatewayusers.domain.sgw.TaskState.INITIALIZED;
import static org.gatewayusers.domain.sgw.TaskState.RUNNING;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Asynchronous work on one gateway, accepted by a request and done later by a worker. Tasks of one gateway run one
 * at a time in the order of their {@code sequence}.
 *
 * <pre>
 *   INITIALIZED --claimed--> RUNNING --completed--> COMPLETED (progress 100)
 *        ^                      |  \----failed----> FAILED (with the reason)
 *        +------released--------+  (the worker's lease ran out)
 * </pre>
 *
 * A claim holds a lease until a given time: a worker that dies leaves its task to be claimed again once the lease
 * has run out. Times are kept to the second.
 */
public final class Task {

    public static final int DONE = 100;

    private final TaskId id;
    private final GatewayId gateway;
    private final long sequence;
    private final TaskWork work;
    private final TaskState state;
    private final int progress;
    private final SgwRejection.Reason failure;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final String claimedBy;
    private final Instant leaseUntil;

    private Task(TaskId id, GatewayId gateway, long sequence, TaskWork work, TaskState state, int progress,
            SgwRejection.Reason failure, Instant createdAt, Instant updatedAt, String claimedBy, Instant leaseUntil) {
        this.id = Objects.requireNonNull(id, "id");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (sequence < 1) {
            throw new IllegalArgumentException("task sequences start at 1: " + sequence);
        }
        this.sequence = sequence;
        this.work = Objects.requireNonNull(work, "work");
        this.state = Objects.requireNonNull(state, "state");
        if (progress < 0 || progress > DONE) {
            throw new IllegalArgumentException("progress is a percentage: " + progress);
        }
        this.progress = progress;
        if ((state == FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failed task, and only a failed task, has a failure reason");
        }
        this.failure = failure;
        this.createdAt = seconds(Objects.requireNonNull(createdAt, "createdAt"));
        this.updatedAt = seconds(Objects.requireNonNull(updatedAt, "updatedAt"));
        if ((state == RUNNING) != (claimedBy != null && leaseUntil != null)) {
            throw new IllegalArgumentException("a running task, and only a running task, has a worker and a lease");
        }
        this.claimedBy = claimedBy;
        this.leaseUntil = leaseUntil == null ? null : seconds(leaseUntil);
    }

    /** New work for a gateway, waiting for a worker; the sequence orders it after the gateway's earlier tasks. */
    public static Task submit(TaskId id, GatewayId gateway, long sequence, TaskWork work, Instant now) {
        return new Task(id, gateway, sequence, work, INITIALIZED, 0, null, now, now, null, null);
    }

    public static Task reconstitute(TaskId id, GatewayId gateway, long sequence, TaskWork work, TaskState state,
            int progress, SgwRejection.Reason failure, Instant createdAt, Instant updatedAt, String claimedBy,
            Instant leaseUntil) {
        return new Task(id, gateway, sequence, work, state, progress, failure, createdAt, updatedAt, claimedBy,
                leaseUntil);
    }

    /** Waiting for a worker, or left running by one whose lease has run out. */
    public boolean isClaimable(Instant now) {
        return state == INITIALIZED || (state == RUNNING && !leaseUntil.isAfter(seconds(now)));
    }

    /** Taken by a worker until the lease runs out. */
    public Task claimed(String worker, Instant now, Instant until) {
        Objects.requireNonNull(worker, "worker");
        if (!isClaimable(now)) {
            throw new IllegalStateException("task " + id + " is " + state + " and cannot be claimed");
        }
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("a lease ends after its start");
        }
        return new Task(id, gateway, sequence, work, RUNNING, progress, null, createdAt, now, worker, until);
    }

    public Task completed(Instant now) {
        requireRunning("complete");
        return new Task(id, gateway, sequence, work, COMPLETED, DONE, null, createdAt, now, null, null);
    }

    public Task failed(SgwRejection.Reason why, Instant now) {
        Objects.requireNonNull(why, "why");
        requireRunning("fail");
        return new Task(id, gateway, sequence, work, FAILED, progress, why, createdAt, now, null, null);
    }

    /** Back to waiting, once the lease of the worker that ran it has run out. */
    public Task released(Instant now) {
        if (state != RUNNING || leaseUntil.isAfter(seconds(now))) {
            throw new IllegalStateException("task " + id + " is not running on an expired lease");
        }
        return new Task(id, gateway, sequence, work, INITIALIZED, 0, null, createdAt, now, null, null);
    }

    private void requireRunning(String what) {
        if (state != RUNNING) {
            throw new IllegalStateException("cannot " + what + " task " + id + ": it is " + state);
        }
    }

    private static Instant seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }

    public boolean isFinished() {
        return state.isFinished();
    }

    /** Whether this task is unfinished work about the given user of its gateway. */
    public boolean isPendingFor(SmbUserName user) {
        return !isFinished() && work.user().filter(user::sameUserAs).isPresent();
    }

    public TaskId id() {
        return id;
    }

    /** The gateway the task works on: its {@code TargetId} and {@code RelatedResourceId}. */
    public GatewayId gateway() {
        return gateway;
    }

    public long sequence() {
        return sequence;
    }

    public TaskWork work() {
        return work;
    }

    public TaskKind kind() {
        return work.kind();
    }

    /** The action that asked for it, such as {@code CreateGatewaySMBUser}. */
    public String name() {
        return work.kind().taskName();
    }

    public TaskState state() {
        return state;
    }

    public int progress() {
        return progress;
    }

    public Optional<SgwRejection.Reason> failure() {
        return Optional.ofNullable(failure);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<String> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }
}

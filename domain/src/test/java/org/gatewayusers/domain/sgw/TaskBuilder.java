package org.gatewayusers.domain.sgw;

import java.time.Instant;
import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.CredentialHash;

/**
 * Builds a stored task: {@code aTask().on(gateway).creating("alex").running("worker-1", leaseUntil).build()}.
 * By default a waiting task, sequence 1, that creates the user {@code alex}.
 */
public final class TaskBuilder {

    public static final CredentialHash NT_HASH = new CredentialHash("NT", "8846F7EAEE8FB117AD06BDD830B7586C");
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-02T03:04:05Z");

    private TaskId id = TaskId.random(new SplittableRandom());
    private GatewayId gateway = GatewayId.random(new SplittableRandom());
    private long sequence = 1;
    private TaskWork work = new TaskWork.CreateSmbUser(new SmbUserName("alex"), NT_HASH);
    private TaskState state = TaskState.INITIALIZED;
    private int progress;
    private SgwRejection.Reason failure;
    private Instant createdAt = DEFAULT_CREATED_AT;
    private Instant updatedAt;
    private String claimedBy;
    private Instant leaseUntil;

    private TaskBuilder() {
    }

    public static TaskBuilder aTask() {
        return new TaskBuilder();
    }

    public TaskBuilder withId(String id) {
        this.id = new TaskId(id);
        return this;
    }

    public TaskBuilder on(Gateway gateway) {
        return on(gateway.id());
    }

    public TaskBuilder on(GatewayId gateway) {
        this.gateway = gateway;
        return this;
    }

    public TaskBuilder withSequence(long sequence) {
        this.sequence = sequence;
        return this;
    }

    public TaskBuilder doing(TaskWork work) {
        this.work = work;
        return this;
    }

    public TaskBuilder creating(String username) {
        return doing(new TaskWork.CreateSmbUser(new SmbUserName(username), NT_HASH));
    }

    public TaskBuilder deleting(String username) {
        return doing(new TaskWork.DeleteSmbUser(new SmbUserName(username)));
    }

    public TaskBuilder deletingTheGateway() {
        return doing(new TaskWork.DeleteGateway());
    }

    public TaskBuilder running(String worker, Instant leaseUntil) {
        this.state = TaskState.RUNNING;
        this.claimedBy = worker;
        this.leaseUntil = leaseUntil;
        return this;
    }

    public TaskBuilder completed() {
        this.state = TaskState.COMPLETED;
        this.progress = Task.DONE;
        return this;
    }

    public TaskBuilder failedFor(SgwRejection.Reason reason) {
        this.state = TaskState.FAILED;
        this.failure = reason;
        return this;
    }

    public TaskBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public Task build() {
        return Task.reconstitute(id, gateway, sequence, work, state, progress, failure, createdAt,
                updatedAt == null ? createdAt : updatedAt, claimedBy, leaseUntil);
    }
}

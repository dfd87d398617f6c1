package org.gatewayusers.application.sgw;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;

/**
 * The asynchronous tasks of all gateways, and the queue that workers take them from. Several servers share it:
 * claims are decided by the store, never by a lock inside one server.
 */
public interface Tasks {

    void add(Task task);

    Optional<Task> withId(TaskId id);

    /** A page of the tasks of one gateway, newest first. */
    List<Task> ofGateway(GatewayId gateway, int offset, int limit);

    long countOfGateway(GatewayId gateway);

    /** Whether a task about this user of the gateway (in any case) has not finished yet. */
    boolean hasUnfinishedFor(GatewayId gateway, SmbUserName user);

    /**
     * Claims the next task for a worker, atomically. A gateway's candidate is its unfinished task of the lowest
     * sequence, if that one is waiting or was left running on a lease that has run out by {@code now}; of all the
     * candidates the oldest is claimed: it becomes {@code RUNNING}, held by the worker until {@code leaseUntil}. Two
     * workers never get one task, and a gateway's next task is never claimed while an earlier one runs on a live
     * lease. Empty when there is nothing to claim (or another worker won the race for it).
     */
    Optional<Task> claimNext(String workerId, Instant now, Instant leaseUntil);

    /**
     * Stores what a worker did with the task it claimed (completed or failed); refused with an
     * {@link IllegalStateException} when the worker no longer holds the claim.
     */
    void finish(Task task, String workerId);

    /** Puts every task left running on a lease that has run out by {@code now} back to waiting; returns how many. */
    int releaseExpired(Instant now);
}

package org.gatewayusers.application.sgw;

import org.gatewayusers.application.shared.Clock;

/**
 * At start-up: every task left running by a worker whose lease has run out goes back to waiting, to be run again,
 * never lost. Tasks on live leases (another server's) are left alone.
 */
public final class RecoverTasks {

    private final Tasks tasks;
    private final Clock clock;

    public RecoverTasks(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Returns how many tasks went back to waiting. */
    public int recover() {
        return tasks.releaseExpired(clock.now());
    }
}

package org.gatewayusers.application.sgw;

import java.time.Instant;
import java.util.Optional;

/**
 * How far behind the task workers are, over all gateways and servers: the tasks not finished yet (waiting or
 * running) and when the oldest of them was submitted. One query of the store.
 */
public interface TaskBacklog {

    Snapshot measure();

    /** {@code oldestSubmittedAt}: empty when nothing is waiting. */
    record Snapshot(long unfinished, Optional<Instant> oldestSubmittedAt) {
    }
}

package org.gatewayusers.application.shared;

/**
 * Named locks that every server on the database shares: held from {@link #holdUntilCommit} until the caller's
 * transaction ends, so that a check-then-act done by several servers at once (the start-up's demo data) happens once.
 */
public interface ClusterLocks {

    /** The lock that the completion of the demo data holds. */
    String DEMO_DATA = "demo-data";

    /** Waits for the named lock and holds it until the current transaction commits or rolls back. */
    void holdUntilCommit(String name);
}

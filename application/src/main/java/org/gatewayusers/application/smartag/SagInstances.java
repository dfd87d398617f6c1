package org.gatewayusers.application.smartag;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * The Smart Access Gateway app instances, and the per-instance hold that serialises changes of an instance's client
 * users. Several servers share the store: holds and counts are the store's, never a lock inside one server.
 */
public interface SagInstances {

    Optional<SagInstance> withId(SagInstanceId id);

    /** Adds a new instance; every client address of its block, if it has one, is free. */
    void add(SagInstance instance);

    /**
     * Stores a change of an instance that exists (and is held): its quota, mode, bandwidth policy or block. A new
     * block (only ever set while the instance holds no client user) makes every client address of it free.
     */
    void update(SagInstance instance);

    /**
     * Removes an instance that holds no client user (and is held), with the free client addresses of its block.
     */
    void remove(SagInstanceId id);

    /** A page of the instances, of one region or (null) of all, oldest first. */
    List<SagInstance> page(RegionId region, int offset, int limit);

    long count(RegionId region);

    /**
     * Holds the instance until the surrounding transaction ends, so that changes of one instance and of its client
     * users are serialised: take it before reading what is to change. False when there is no such instance.
     */
    boolean hold(SagInstanceId id);

    /**
     * Counts one more client user against the instance's quota, atomically, and holds the instance until the
     * transaction ends; false (and nothing counted) when the quota is used up or there is no such instance. However
     * many servers create users at once, exactly the quota succeeds.
     */
    boolean takeUserSlot(SagInstanceId id);

    /** Counts one client user fewer, holding the instance until the transaction ends. */
    void releaseUserSlot(SagInstanceId id);
}

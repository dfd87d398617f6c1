package org.gatewayusers.application.sgw;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.StorageBundleId;

/** The gateways of all storage bundles. */
public interface Gateways {

    Optional<Gateway> withId(GatewayId id);

    boolean existsNamed(StorageBundleId storageBundle, GatewayName name);

    /**
     * Adds a new gateway; a gateway of the same name in the bundle is rejected as {@code GATEWAY_NAME_EXISTS}, a
     * bundle removed meanwhile as {@code STORAGE_BUNDLE_NOT_FOUND}, even in a race.
     */
    void add(Gateway gateway);

    /** Stores a change of state or directory link of a gateway that exists. */
    void update(Gateway gateway);

    /** Removes a gateway that holds no SMB users any more; its tasks stay. */
    void remove(Gateway gateway);

    /** A page of the gateways of one bundle, oldest first. */
    List<Gateway> ofStorageBundle(StorageBundleId storageBundle, int offset, int limit);

    long countOfStorageBundle(StorageBundleId storageBundle);

    /**
     * Hands out the next task sequence number of a gateway, from 1 upwards and never twice, however many servers
     * share the store; empty when there is no such gateway. Holds the gateway until the surrounding transaction
     * ends, so that task submissions on one gateway are serialised: take it before reading the gateway, and the
     * read sees every earlier submission.
     */
    OptionalLong nextTaskSequence(GatewayId gateway);
}

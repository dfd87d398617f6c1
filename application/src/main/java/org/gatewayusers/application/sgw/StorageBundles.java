package org.gatewayusers.application.sgw;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleId;
import org.gatewayusers.domain.sgw.StorageBundleName;

/** The storage bundles of the account. */
public interface StorageBundles {

    Optional<StorageBundle> withId(StorageBundleId id);

    boolean existsNamed(StorageBundleName name);

    /** Adds a new bundle; a bundle of the same name is rejected as {@code STORAGE_BUNDLE_NAME_EXISTS}, even in a race. */
    void add(StorageBundle bundle);

    /** A page of the bundles, oldest first. */
    List<StorageBundle> page(int offset, int limit);

    long count();

    /** Removes a bundle; one that a gateway joined meanwhile is rejected as {@code STORAGE_BUNDLE_NOT_EMPTY}. */
    void remove(StorageBundle bundle);

    /** Stores a new name or description of a bundle that exists; a name taken meanwhile is {@code STORAGE_BUNDLE_NAME_EXISTS}. */
    void update(StorageBundle bundle);
}

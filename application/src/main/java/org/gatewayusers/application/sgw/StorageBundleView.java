package org.gatewayusers.application.sgw;

import org.gatewayusers.domain.sgw.StorageBundle;

/** What a client sees of a storage bundle; no description is an empty one; times in epoch seconds. */
public record StorageBundleView(String storageBundleId, String name, String description,
        String backendBucketRegionId, long createdTime) {

    static StorageBundleView of(StorageBundle bundle) {
        return new StorageBundleView(bundle.id().value(), bundle.name().value(),
                bundle.description() == null ? "" : bundle.description(), bundle.region().value(),
                bundle.createdAt().getEpochSecond());
    }
}

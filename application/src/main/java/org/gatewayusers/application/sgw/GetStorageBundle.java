package org.gatewayusers.application.sgw;

/** Reads one storage bundle: {@code DescribeStorageBundle}. */
public final class GetStorageBundle {

    private final StorageBundles bundles;

    public GetStorageBundle(StorageBundles bundles) {
        this.bundles = bundles;
    }

    public StorageBundleView get(String storageBundleId) {
        return StorageBundleView.of(SgwLookups.storageBundle(bundles, storageBundleId));
    }
}

package org.gatewayusers.application.sgw;

/** {@code CreateStorageBundle}: {@code StorageBundleName}, {@code Description} (optional), {@code BackendBucketRegionId}. */
public record CreateStorageBundleCommand(String storageBundleName, String description, String backendBucketRegionId) {
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_EMPTY;

import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;

/** Deletes a storage bundle that holds no gateway (not even one being deleted): {@code DeleteStorageBundle}. */
public final class DeleteStorageBundle {

    private final StorageBundles bundles;
    private final Gateways gateways;

    public DeleteStorageBundle(StorageBundles bundles, Gateways gateways) {
        this.bundles = bundles;
        this.gateways = gateways;
    }

    public void delete(String storageBundleId) {
        StorageBundle bundle = SgwLookups.storageBundle(bundles, storageBundleId);
        if (gateways.countOfStorageBundle(bundle.id()) > 0) {
            throw new SgwRejection(STORAGE_BUNDLE_NOT_EMPTY, Subject.STORAGE_BUNDLE);
        }
        bundles.remove(bundle);
    }
}

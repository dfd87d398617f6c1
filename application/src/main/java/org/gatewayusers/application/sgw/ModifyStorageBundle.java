package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS;

import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleName;

/**
 * Renames a storage bundle and changes its description: {@code ModifyStorageBundle}, as Terraform's {@code alicloud}
 * provider sends it ({@code Name} always, {@code Description} when set; none given leaves it as it is).
 */
public final class ModifyStorageBundle {

    private final StorageBundles bundles;

    public ModifyStorageBundle(StorageBundles bundles) {
        this.bundles = bundles;
    }

    public StorageBundleView modify(String storageBundleId, String name, String description) {
        StorageBundle bundle = SgwLookups.storageBundle(bundles, storageBundleId);
        StorageBundleName newName = name == null ? bundle.name() : StorageBundleName.parse(name);
        if (!newName.equals(bundle.name()) && bundles.existsNamed(newName)) {
            throw new SgwRejection(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME);
        }
        StorageBundle modified = bundle.renamed(newName, description == null ? bundle.description() : description);
        bundles.update(modified);
        return StorageBundleView.of(modified);
    }
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SgwTextRules;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleName;
import org.gatewayusers.domain.shared.RegionId;

/** Creates a storage bundle: {@code CreateStorageBundle}. */
public final class CreateStorageBundle {

    private final StorageBundles bundles;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateStorageBundle(StorageBundles bundles, Clock clock, RandomGenerator random) {
        this.bundles = bundles;
        this.clock = clock;
        this.random = random;
    }

    public StorageBundleView create(CreateStorageBundleCommand command) {
        StorageBundleName name = StorageBundleName.parse(command.storageBundleName());
        SgwTextRules.descriptionHasAtMost255Characters(command.description());
        RegionId region = StorageBundle.backendBucketRegion(command.backendBucketRegionId());
        if (bundles.existsNamed(name)) {
            throw new SgwRejection(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME);
        }
        StorageBundle bundle = StorageBundle.create(name, command.description(), region, random, clock.now());
        bundles.add(bundle);
        return StorageBundleView.of(bundle);
    }
}

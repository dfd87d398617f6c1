package org.gatewayusers.persistence.sgw;

import java.time.Instant;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleId;
import org.gatewayusers.domain.sgw.StorageBundleName;
import org.gatewayusers.domain.shared.RegionId;

final class StorageBundleMapper {

    private StorageBundleMapper() {
    }

    static StorageBundle toDomain(StorageBundleEntity entity) {
        return StorageBundle.reconstitute(new StorageBundleId(entity.id), new StorageBundleName(entity.name),
                entity.description, new RegionId(entity.regionId), Instant.ofEpochSecond(entity.createdAt));
    }

    static StorageBundleEntity toEntity(StorageBundle bundle) {
        StorageBundleEntity entity = new StorageBundleEntity();
        entity.id = bundle.id().value();
        entity.name = bundle.name().value();
        entity.description = bundle.description();
        entity.regionId = bundle.region().value();
        entity.createdAt = bundle.createdAt().getEpochSecond();
        return entity;
    }
}

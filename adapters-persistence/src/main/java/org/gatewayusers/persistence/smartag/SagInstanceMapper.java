package org.gatewayusers.persistence.smartag;

import java.time.Instant;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserLimit;

final class SagInstanceMapper {

    private SagInstanceMapper() {
    }

    static SagInstance toDomain(SagInstanceEntity entity) {
        return SagInstance.reconstitute(new SagInstanceId(entity.id), new RegionId(entity.regionId),
                new SagUserLimit(entity.userQuota), entity.cidrBlock == null ? null : CidrBlock.parse(entity.cidrBlock),
                entity.staticIpMode, new BandwidthPolicy(entity.bandwidthMin, entity.bandwidthMax,
                        entity.bandwidthDefault),
                Instant.ofEpochSecond(entity.createdAt));
    }

    /** A new instance's row: no client user counted yet. */
    static SagInstanceEntity toNewEntity(SagInstance instance) {
        SagInstanceEntity entity = new SagInstanceEntity();
        entity.id = instance.id().value();
        entity.regionId = instance.region().value();
        entity.userCount = 0;
        entity.createdAt = instance.createdAt().getEpochSecond();
        copyState(instance, entity);
        return entity;
    }

    /** Everything an instance may change: its quota, block, mode and bandwidth policy. */
    static void copyState(SagInstance instance, SagInstanceEntity entity) {
        entity.cidrBlock = instance.clientBlock().map(CidrBlock::toString).orElse(null);
        entity.userQuota = instance.userLimit().value();
        entity.staticIpMode = instance.staticIpMode();
        BandwidthPolicy policy = instance.bandwidthPolicy();
        entity.bandwidthMin = policy.minKbps();
        entity.bandwidthMax = policy.maxKbps();
        entity.bandwidthDefault = policy.defaultKbps();
    }
}

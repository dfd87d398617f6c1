package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;

/**
 * What a client sees of an app instance: {@code userCount} is its client-account quota ({@code UserCount}),
 * {@code clientUsers} how many it holds; no client block is an empty {@code cidrBlock}; the bandwidth policy in Kbps;
 * the creation time in epoch seconds.
 */
public record SagInstanceView(String smartAgId, String regionId, String cidrBlock, int userCount, long clientUsers,
        boolean staticIpMode, int minBandwidth, int maxBandwidth, int defaultBandwidth, long createdTime) {

    static SagInstanceView of(SagInstance instance, long clientUsers) {
        BandwidthPolicy policy = instance.bandwidthPolicy();
        return new SagInstanceView(instance.id().value(), instance.region().value(),
                instance.clientBlock().map(CidrBlock::toString).orElse(""), instance.userLimit().value(), clientUsers,
                instance.staticIpMode(), policy.minKbps(), policy.maxKbps(), policy.defaultKbps(),
                instance.createdAt().getEpochSecond());
    }
}

package org.gatewayusers.application.smartag;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserLimit;

/**
 * Creates an app instance: CreateSmartAccessGatewaySoftware. Its bandwidth policy is the configured default (for
 * instance {@link BandwidthPolicy#VENDOR}, or {@link BandwidthPolicy#ENGLISH_PAGE} to pin the 2,000 Kbps ceiling),
 * unless the command names other values.
 */
public final class CreateSagInstance {

    private final SagInstances instances;
    private final BandwidthPolicy defaultPolicy;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateSagInstance(SagInstances instances, BandwidthPolicy defaultPolicy, Clock clock,
            RandomGenerator random) {
        this.instances = instances;
        this.defaultPolicy = defaultPolicy;
        this.clock = clock;
        this.random = random;
    }

    public SagInstanceView create(CreateSagInstanceCommand command) {
        RegionId region = SagInstance.region(command.regionId());
        SagUserLimit limit = SagUserLimit.parse(command.userCount());
        CidrBlock block = command.cidrBlock() == null || command.cidrBlock().isBlank() ? null
                : CidrBlock.parse(command.cidrBlock());
        BandwidthPolicy policy = new BandwidthPolicy(
                valueOr(command.minBandwidth(), defaultPolicy.minKbps()),
                valueOr(command.maxBandwidth(), defaultPolicy.maxKbps()),
                valueOr(command.defaultBandwidth(), defaultPolicy.defaultKbps()));
        SagInstance instance = SagInstance.create(region, limit, block, Boolean.TRUE.equals(command.staticIpMode()),
                policy, random, clock.now());
        instances.add(instance);
        return SagInstanceView.of(instance, 0);
    }

    static int valueOr(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}

package org.gatewayusers.domain.smartag;

import java.time.Instant;
import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.RegionId;

/**
 * Builds a stored app instance: {@code anInstance().withBlock("10.0.0.0/24").withUserLimit(5).build()}. Each builder
 * draws its own id. By default an instance in {@code cn-shanghai} with the block {@code 10.0.0.0/24}, a quota of 100,
 * static IPs off and the vendor's bandwidth policy.
 */
public final class SagInstanceBuilder {

    public static final String DEFAULT_REGION = "cn-shanghai";
    public static final String DEFAULT_BLOCK = "10.0.0.0/24";
    public static final int DEFAULT_USER_LIMIT = 100;
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-02T03:04:05Z");

    private SagInstanceId id = SagInstanceId.random(new SplittableRandom());
    private String region = DEFAULT_REGION;
    private int userLimit = DEFAULT_USER_LIMIT;
    private String block = DEFAULT_BLOCK;
    private boolean staticIpMode;
    private BandwidthPolicy bandwidthPolicy = BandwidthPolicy.VENDOR;
    private Instant createdAt = DEFAULT_CREATED_AT;

    private SagInstanceBuilder() {
    }

    public static SagInstanceBuilder anInstance() {
        return new SagInstanceBuilder();
    }

    public SagInstanceBuilder withId(String id) {
        this.id = new SagInstanceId(id);
        return this;
    }

    public SagInstanceBuilder in(String region) {
        this.region = region;
        return this;
    }

    public SagInstanceBuilder withUserLimit(int userLimit) {
        this.userLimit = userLimit;
        return this;
    }

    public SagInstanceBuilder withBlock(String block) {
        this.block = block;
        return this;
    }

    public SagInstanceBuilder withoutBlock() {
        this.block = null;
        return this;
    }

    public SagInstanceBuilder inStaticIpMode() {
        this.staticIpMode = true;
        return this;
    }

    public SagInstanceBuilder withBandwidthPolicy(BandwidthPolicy policy) {
        this.bandwidthPolicy = policy;
        return this;
    }

    public SagInstanceBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public SagInstance build() {
        return SagInstance.reconstitute(id, new RegionId(region), new SagUserLimit(userLimit),
                block == null ? null : CidrBlock.parse(block), staticIpMode, bandwidthPolicy, createdAt);
    }
}

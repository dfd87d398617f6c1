package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_IN_USE;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_HAS_CLIENT_USERS;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * A Smart Access Gateway app instance (CreateSmartAccessGatewaySoftware): its region, its client-account quota, its
 * private client CIDR block (none until one is set: then it holds no client user), whether its clients use static
 * IPs, and the bandwidth policy its client users' bandwidths obey.
 */
public final class SagInstance {

    private final SagInstanceId id;
    private final RegionId region;
    private final SagUserLimit userLimit;
    private final CidrBlock clientBlock;
    private final boolean staticIpMode;
    private final BandwidthPolicy bandwidthPolicy;
    private final Instant createdAt;

    private SagInstance(SagInstanceId id, RegionId region, SagUserLimit userLimit, CidrBlock clientBlock,
            boolean staticIpMode, BandwidthPolicy bandwidthPolicy, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.region = Objects.requireNonNull(region, "region");
        this.userLimit = Objects.requireNonNull(userLimit, "userLimit");
        this.clientBlock = clientBlock;
        this.staticIpMode = staticIpMode;
        this.bandwidthPolicy = Objects.requireNonNull(bandwidthPolicy, "bandwidthPolicy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new instance with an id drawn at random; the time is kept to the second. The block may be null. */
    public static SagInstance create(RegionId region, SagUserLimit userLimit, CidrBlock clientBlock,
            boolean staticIpMode, BandwidthPolicy bandwidthPolicy, RandomGenerator random, Instant now) {
        return new SagInstance(SagInstanceId.random(random), region, userLimit, clientBlock, staticIpMode,
                bandwidthPolicy, now);
    }

    public static SagInstance reconstitute(SagInstanceId id, RegionId region, SagUserLimit userLimit,
            CidrBlock clientBlock, boolean staticIpMode, BandwidthPolicy bandwidthPolicy, Instant createdAt) {
        return new SagInstance(id, region, userLimit, clientBlock, staticIpMode, bandwidthPolicy, createdAt);
    }

    /** The region of a new instance, or of the instances listed, as a request writes it (trimmed). */
    public static RegionId region(String raw) {
        return RegionId.read(raw == null ? null : raw.trim())
                .orElseThrow(() -> new SmartagRejection(REGION_INVALID, Subject.REGION));
    }

    /** A request about the instance must name its region ({@code RegionId}); a missing one names none. */
    public void requireRegion(String rawRegionId) {
        if (!region.isNamedBy(rawRegionId)) {
            throw new SmartagRejection(REGION_MISMATCH, Subject.REGION);
        }
    }

    /**
     * {@code DeleteSmartAccessGateway}, by its rules in order: the {@code RegionId}, which the request may leave out,
     * is the instance's when it is given; and the instance holds no client user (its users are deleted first, each
     * freeing its address and its place in the quota, so that no account is dropped unseen).
     */
    public void requireDeletable(String rawRegionIdOrNull, long clientUsers) {
        if (rawRegionIdOrNull != null && !rawRegionIdOrNull.isEmpty()) {
            requireRegion(rawRegionIdOrNull);
        }
        if (clientUsers > 0) {
            throw new SmartagRejection(INSTANCE_HAS_CLIENT_USERS, Subject.INSTANCE);
        }
    }

    /** The block client users get their addresses from; an instance without one holds no client user. */
    public CidrBlock requireClientBlock() {
        if (clientBlock == null) {
            throw new SmartagRejection(CIDR_EMPTY, Subject.INSTANCE);
        }
        return clientBlock;
    }

    /** The bandwidth of a new client user: the policy's default when none is asked for. */
    public Bandwidth bandwidthFor(Long requestedKbps) {
        return bandwidthPolicy.resolve(requestedKbps);
    }

    /** A changed bandwidth of a client user, within the policy's range. */
    public Bandwidth changedBandwidth(long requestedKbps) {
        return bandwidthPolicy.liesWithinTheRange(requestedKbps);
    }

    /**
     * The address a new client user asks for, by the {@link ClientIpRules}: required in static-IP mode; empty when
     * none is asked for and one is to be allocated from the block.
     */
    public Optional<ClientIp> clientIpAskedFor(String rawClientIp) {
        return ClientIpRules.check(rawClientIp, staticIpMode, requireClientBlock());
    }

    /**
     * The same instance with another client block. The block of an instance that holds client users cannot change:
     * their addresses come from it.
     */
    public SagInstance withClientBlock(CidrBlock block, long clientUsers) {
        Objects.requireNonNull(block, "block");
        if (clientUsers > 0 && !block.equals(clientBlock)) {
            throw new SmartagRejection(CIDR_IN_USE, Subject.CIDR_BLOCK);
        }
        return new SagInstance(id, region, userLimit, block, staticIpMode, bandwidthPolicy, createdAt);
    }

    public SagInstance withUserLimitRaisedTo(SagUserLimit raised) {
        userLimit.requireRaisedBy(raised);
        return new SagInstance(id, region, raised, clientBlock, staticIpMode, bandwidthPolicy, createdAt);
    }

    /** The mode applies to client users created from now on; those there keep their addresses. */
    public SagInstance withStaticIpMode(boolean enabled) {
        return new SagInstance(id, region, userLimit, clientBlock, enabled, bandwidthPolicy, createdAt);
    }

    /** The policy applies to bandwidths set from now on; those there keep theirs. */
    public SagInstance withBandwidthPolicy(BandwidthPolicy policy) {
        return new SagInstance(id, region, userLimit, clientBlock, staticIpMode, policy, createdAt);
    }

    public SagInstanceId id() {
        return id;
    }

    public RegionId region() {
        return region;
    }

    public SagUserLimit userLimit() {
        return userLimit;
    }

    public Optional<CidrBlock> clientBlock() {
        return Optional.ofNullable(clientBlock);
    }

    public boolean staticIpMode() {
        return staticIpMode;
    }

    public BandwidthPolicy bandwidthPolicy() {
        return bandwidthPolicy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

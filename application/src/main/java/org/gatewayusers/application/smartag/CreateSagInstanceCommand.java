package org.gatewayusers.application.smartag;

/**
 * CreateSmartAccessGatewaySoftware: {@code RegionId}, {@code UserCount} (the client-account quota, 1 to 2,000), and
 * what this service adds: a {@code CidrBlock} (optional: without one the instance holds no client user until one is
 * set), the static-IP mode (null: off) and the bandwidth policy (each null takes the configured default's value).
 */
public record CreateSagInstanceCommand(String regionId, Integer userCount, String cidrBlock, Boolean staticIpMode,
        Integer minBandwidth, Integer maxBandwidth, Integer defaultBandwidth) {

    public static CreateSagInstanceCommand of(String regionId, Integer userCount, String cidrBlock) {
        return new CreateSagInstanceCommand(regionId, userCount, cidrBlock, null, null, null, null);
    }
}

package org.gatewayusers.application.smartag;

/**
 * The bandwidth policy of an app instance, an operator's setting: minimum, maximum and default in Kbps, within 1 to
 * 20,000; each null keeps the instance's current value.
 */
public record SetSagBandwidthPolicyCommand(String regionId, String smartAgId, Integer minBandwidth,
        Integer maxBandwidth, Integer defaultBandwidth) {
}

package org.gatewayusers.application.smartag;

/** UpgradeSmartAccessGatewaySoftware: {@code RegionId}, {@code SmartAGId}, {@code UserCount} (the new, higher quota). */
public record RaiseSagUserCountCommand(String regionId, String smartAgId, Integer userCount) {
}

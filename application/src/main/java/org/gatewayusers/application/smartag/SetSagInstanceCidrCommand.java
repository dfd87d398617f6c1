package org.gatewayusers.application.smartag;

/** ModifySmartAccessGateway with {@code CidrBlock}: the private client block of an app instance. */
public record SetSagInstanceCidrCommand(String regionId, String smartAgId, String cidrBlock) {
}

package org.gatewayusers.application.smartag;

/**
 * ModifySmartAccessGatewayClientUser: {@code RegionId}, {@code SmartAGId}, {@code UserName}, {@code Bandwidth}
 * (Kbps) and {@code UserMail}; a null (or empty) bandwidth or mail address keeps the user's.
 */
public record ModifyClientUserCommand(String regionId, String smartAgId, String userName, Long bandwidth,
        String userMail) {
}

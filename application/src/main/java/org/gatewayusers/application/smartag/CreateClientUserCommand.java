package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.shared.Password;

/**
 * CreateSmartAccessGatewayClientUser: {@code RegionId}, {@code SmartAGId}, {@code UserName} and {@code Password}
 * (both or neither; null or empty when absent), {@code UserMail}, {@code Bandwidth} (Kbps; null for the default),
 * {@code ClientIp} (null when absent).
 */
public record CreateClientUserCommand(String regionId, String smartAgId, String userName, Password password,
        String userMail, Long bandwidth, String clientIp) {
}

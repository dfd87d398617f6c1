package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.shared.Password;

/**
 * ResetSmartAccessGatewayClientUserPassword: {@code RegionId}, {@code SmartAGId}, {@code UserName}, {@code Password}
 * (null or empty: the service generates one).
 */
public record ResetClientUserPasswordCommand(String regionId, String smartAgId, String userName, Password password) {
}

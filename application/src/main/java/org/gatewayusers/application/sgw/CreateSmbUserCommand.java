package org.gatewayusers.application.sgw;

import org.gatewayusers.domain.shared.Password;

/** {@code CreateGatewaySMBUser}: {@code GatewayId}, {@code Username}, {@code Password} (null when absent). */
public record CreateSmbUserCommand(String gatewayId, String username, Password password) {
}

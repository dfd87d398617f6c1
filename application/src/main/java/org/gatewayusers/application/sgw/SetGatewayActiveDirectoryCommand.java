package org.gatewayusers.application.sgw;

import org.gatewayusers.domain.shared.Password;

/**
 * {@code SetGatewayADInfo}: {@code GatewayId}, {@code IsEnabled}, and, to enable, {@code DomainName},
 * {@code Username}, {@code Password} (null when absent), {@code ServerIp}; {@code IsEnabled=false} leaves the domain.
 */
public record SetGatewayActiveDirectoryCommand(String gatewayId, boolean enabled, String domainName, String username,
        Password password, String serverIp) {
}

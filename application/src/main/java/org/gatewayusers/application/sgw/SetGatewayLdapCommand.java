package org.gatewayusers.application.sgw;

import org.gatewayusers.domain.shared.Password;

/**
 * {@code SetGatewayLDAPInfo}: {@code GatewayId}, {@code IsEnabled}, and, to enable, {@code ServerIp},
 * {@code BaseDN}, {@code RootDN}, {@code Password} (null when absent), {@code IsTls}; {@code IsEnabled=false}
 * ends the link.
 */
public record SetGatewayLdapCommand(String gatewayId, boolean enabled, String serverIp, String baseDn,
        String rootDn, Password password, boolean tls) {
}

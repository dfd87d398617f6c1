package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.ClientUser;

/**
 * A client user as DescribeSmartAccessGatewayClientUsers shows it: {@code UserName}, {@code UserMail},
 * {@code Bandwidth} (Kbps), {@code ClientIp}, {@code State} (0 enabled, 1 disabled), {@code IsStaticIp} (1 when the
 * address was asked for, 0 when the service allocated it) and {@code AccelerateBandwidth} (Kbps; 0, as no application
 * acceleration plan is associated). Never its credential.
 */
public record ClientUserView(String userName, String userMail, int bandwidth, String clientIp, int state,
        int isStaticIp, long accelerateBandwidth) {

    static ClientUserView of(ClientUser user) {
        return new ClientUserView(user.name().value(), user.mail().value(), user.bandwidth().kbps(),
                user.clientIp().toString(), user.state().code(), user.staticIp() ? 1 : 0, 0);
    }
}

package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_OUTSIDE_BLOCK;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_INVALID;

import java.util.Optional;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The {@code ClientIp} rules of CreateSmartAccessGatewayClientUser, one method per rule, in the page's order: with
 * static IPs on, the app's address must be given (ClientUser.IpEmpty); it must lie in a private block
 * (ClientUser.IpInvalid); and it must be one of the instance's client addresses (ClientUser.InvalidClientIp). With
 * static IPs off and no address given, the service allocates a free one from the block. Whether the address is free
 * is for the store to say ({@code CLIENT_IP_TAKEN}).
 */
public final class ClientIpRules {

    private ClientIpRules() {
    }

    /** The address asked for, checked; empty when none was asked for and one is to be allocated. */
    public static Optional<ClientIp> check(String rawClientIp, boolean staticIpMode, CidrBlock block) {
        boolean given = rawClientIp != null && !rawClientIp.isBlank();
        isGivenInStaticIpMode(given, staticIpMode);
        if (!given) {
            return Optional.empty();
        }
        ClientIp ip = isAPrivateAddress(rawClientIp);
        isOneOfTheInstanceClientAddresses(ip, block);
        return Optional.of(ip);
    }

    public static void isGivenInStaticIpMode(boolean given, boolean staticIpMode) {
        if (staticIpMode && !given) {
            throw new SmartagRejection(IP_EMPTY, Subject.CLIENT_IP);
        }
    }

    public static ClientIp isAPrivateAddress(String rawClientIp) {
        ClientIp ip = ClientIp.parse(rawClientIp);
        if (!ip.isPrivate()) {
            throw new SmartagRejection(IP_INVALID, Subject.CLIENT_IP);
        }
        return ip;
    }

    public static void isOneOfTheInstanceClientAddresses(ClientIp ip, CidrBlock block) {
        if (!block.isClientAddress(ip)) {
            throw new SmartagRejection(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP);
        }
    }
}

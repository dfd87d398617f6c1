package org.gatewayusers.application.sgw;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.SmbUserNamePattern;

/** The local SMB users of all file gateways; names are unique per gateway without regard to case. */
public interface SmbUsers {

    boolean existsNamed(GatewayId gateway, SmbUserName name);

    Optional<SmbUser> named(GatewayId gateway, SmbUserName name);

    /** Adds a new user; a user of the same name on the gateway is rejected as {@code USER_EXISTS}, even in a race. */
    void add(SmbUser user);

    void remove(SmbUser user);

    /** Removes every user of the gateway. */
    void removeAllOf(GatewayId gateway);

    /** A page of the users of one gateway, by name without regard to case. */
    List<SmbUser> ofGateway(GatewayId gateway, int offset, int limit);

    long countOfGateway(GatewayId gateway);

    /** A page of the users of one gateway whose names the pattern matches, by name without regard to case. */
    List<SmbUser> matching(GatewayId gateway, SmbUserNamePattern pattern, int offset, int limit);

    long countMatching(GatewayId gateway, SmbUserNamePattern pattern);
}

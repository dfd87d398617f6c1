package org.gatewayusers.application.sgw;

import org.gatewayusers.domain.sgw.SmbUser;

/** What a client sees of an SMB user: its name, never its credential. */
public record SmbUserView(String username) {

    static SmbUserView of(SmbUser user) {
        return new SmbUserView(user.name().value());
    }
}

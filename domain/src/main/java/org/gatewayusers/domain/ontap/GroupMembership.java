package org.gatewayusers.domain.ontap;

import java.util.Objects;

/** A local group a user belongs to, as a user's {@code membership} lists it. */
public record GroupMembership(String name, Sid sid) {

    public GroupMembership {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sid, "sid");
    }
}

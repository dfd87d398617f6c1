package org.gatewayusers.domain.access;

import java.time.Instant;
import java.util.Objects;

/** The failed logins from one client address within the window that began at {@code windowStart}. */
public record AddressLoginState(Instant windowStart, int failures) {

    /** No failure yet: a window that began at the epoch and is long over. */
    public static final AddressLoginState NONE = new AddressLoginState(Instant.EPOCH, 0);

    public AddressLoginState {
        Objects.requireNonNull(windowStart, "windowStart");
        if (failures < 0) {
            throw new IllegalArgumentException("failures < 0");
        }
    }
}

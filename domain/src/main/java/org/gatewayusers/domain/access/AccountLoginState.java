package org.gatewayusers.domain.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account's failed logins left behind: the failures since its last successful login, the end of a lockout
 * they caused, and whether an admin locked it (ONTAP's {@code security login lock}: until an admin unlocks it).
 * An account that never failed is {@link #CLEAR}.
 */
public record AccountLoginState(int consecutiveFailures, Optional<Instant> lockedUntil, boolean lockedByAdmin) {

    public static final AccountLoginState CLEAR = new AccountLoginState(0, Optional.empty(), false);

    public AccountLoginState {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures < 0");
        }
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    /** Locked by an admin, until an admin unlocks it; the failures are kept. */
    public AccountLoginState lockedByAnAdmin() {
        return new AccountLoginState(consecutiveFailures, lockedUntil, true);
    }

    public boolean isClear() {
        return equals(CLEAR);
    }
}

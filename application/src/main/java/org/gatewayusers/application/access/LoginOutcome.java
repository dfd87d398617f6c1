package org.gatewayusers.application.access;

import java.util.Objects;
import java.util.Optional;
import org.gatewayusers.domain.access.ApiRole;

/** The answer to a {@link LoginAttempt}: the caller's role, or why it was refused. */
public record LoginOutcome(Optional<ApiRole> role, Optional<Refusal> refusal) {

    /** Why a login was refused; every one looks the same to the client (ONTAP's 401). */
    public enum Refusal {
        /** The name is no account's, or the password is not its. */
        WRONG_CREDENTIALS,
        /** The account is locked (failures or an admin): its password was not checked. */
        ACCOUNT_LOCKED,
        /** Too many failures from the client's address: no password was checked. */
        ADDRESS_THROTTLED,
        /** Every password-check slot stayed busy through the wait: no password was checked. */
        NO_CHECK_SLOT
    }

    public LoginOutcome {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(refusal, "refusal");
        if (role.isPresent() == refusal.isPresent()) {
            throw new IllegalArgumentException("either a role or a refusal");
        }
    }

    static LoginOutcome accepted(ApiRole role) {
        return new LoginOutcome(Optional.of(role), Optional.empty());
    }

    static LoginOutcome refused(Refusal why) {
        return new LoginOutcome(Optional.empty(), Optional.of(why));
    }
}

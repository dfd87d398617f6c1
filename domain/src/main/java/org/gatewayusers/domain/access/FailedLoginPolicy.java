package org.gatewayusers.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * ONTAP's rules for failed logins ({@code security login role config modify -max-failed-login-attempts
 * -lockout-duration}, {@code security login lock} / {@code unlock}), and this service's rate of failures per client
 * address, one method per rule in this order:
 * <ol>
 * <li>a locked account is refused without its password being checked: locked by an admin until an admin unlocks it,
 * locked by failures until the lockout ends;</li>
 * <li>after {@code maxFailedLoginAttempts} consecutive failed logins the account is locked for
 * {@code lockoutDuration}; a count of 0 never locks (ONTAP's own default); a lockout that ended starts the count
 * again;</li>
 * <li>a successful login clears the failures;</li>
 * <li>an admin unlocks an account: the lock and the failures are cleared;</li>
 * <li>a client address with {@code maxFailuresPerAddress} failed logins within {@code addressWindow} is refused
 * without any password being checked until that window ends; 0 never refuses.</li>
 * </ol>
 */
public record FailedLoginPolicy(int maxFailedLoginAttempts, Duration lockoutDuration, int maxFailuresPerAddress,
        Duration addressWindow) {

    /** The defaults the README explains: 5 failures lock for 15 minutes; 20 failures a minute per address. */
    public static final FailedLoginPolicy DEFAULTS = new FailedLoginPolicy(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(1));

    public FailedLoginPolicy {
        Objects.requireNonNull(lockoutDuration, "lockoutDuration");
        Objects.requireNonNull(addressWindow, "addressWindow");
        if (maxFailedLoginAttempts < 0 || maxFailuresPerAddress < 0) {
            throw new IllegalArgumentException("a failure count cannot be negative (0 switches the rule off)");
        }
        if (lockoutDuration.isNegative() || addressWindow.isNegative()
                || maxFailedLoginAttempts > 0 && lockoutDuration.isZero()
                || maxFailuresPerAddress > 0 && addressWindow.isZero()) {
            throw new IllegalArgumentException("a lockout or window must be longer than zero where its count is set");
        }
    }

    /** Rule 1: whether a login to the account is refused now, without checking its password. */
    public boolean isLocked(AccountLoginState state, Instant now) {
        return state.lockedByAdmin() || state.lockedUntil().filter(now::isBefore).isPresent();
    }

    /** Rule 2: the state after a failed login (only ever checked while the account is not locked). */
    public AccountLoginState afterFailedLogin(AccountLoginState state, Instant now) {
        boolean lockoutEnded = state.lockedUntil().filter(until -> !now.isBefore(until)).isPresent();
        int failures = (lockoutEnded ? 0 : state.consecutiveFailures()) + 1;
        Optional<Instant> lockedUntil = lockoutEnded ? Optional.empty() : state.lockedUntil();
        if (maxFailedLoginAttempts > 0 && failures >= maxFailedLoginAttempts) {
            lockedUntil = Optional.of(now.plus(lockoutDuration));
        }
        return new AccountLoginState(failures, lockedUntil, state.lockedByAdmin());
    }

    /** Rule 3: the state after a successful login. */
    public AccountLoginState afterSuccessfulLogin(AccountLoginState state) {
        return state.lockedByAdmin() ? new AccountLoginState(0, Optional.empty(), true) : AccountLoginState.CLEAR;
    }

    /** Rule 4: the state after an admin unlocked the account. */
    public AccountLoginState unlocked(AccountLoginState state) {
        return AccountLoginState.CLEAR;
    }

    /** Rule 5: whether logins from the address are refused now, without checking any password. */
    public boolean isAddressThrottled(AddressLoginState state, Instant now) {
        return maxFailuresPerAddress > 0 && state.failures() >= maxFailuresPerAddress && withinWindow(state, now);
    }

    /** Rule 5: the state of the address after a failed login from it. */
    public AddressLoginState afterFailedLoginFrom(AddressLoginState state, Instant now) {
        return withinWindow(state, now) ? new AddressLoginState(state.windowStart(), state.failures() + 1)
                : new AddressLoginState(now, 1);
    }

    /** Whether a stored address state still counts at {@code now}; older ones may be forgotten. */
    public boolean withinWindow(AddressLoginState state, Instant now) {
        return now.isBefore(state.windowStart().plus(addressWindow));
    }
}

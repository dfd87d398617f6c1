package org.gatewayusers.application.access;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A bound on the slow password checks that run at once, so that a flood of logins cannot take every core: a check
 * runs when one of a few slots is free within a short wait, and is not run at all otherwise.
 */
public interface PasswordCheckSlots {

    /**
     * Runs the check in a slot, or gives nothing when no slot freed up within the wait. {@code known} says that the
     * caller's credentials were verified before (a caller the slots owe priority over strangers).
     */
    <T> Optional<T> run(boolean known, Supplier<T> check);
}

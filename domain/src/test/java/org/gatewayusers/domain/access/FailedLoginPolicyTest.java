package org.gatewayusers.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ONTAP's lockout after failed logins, an admin's lock and unlock, and the rate of failures per client address. */
class FailedLoginPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    private final FailedLoginPolicy policy = new FailedLoginPolicy(3, Duration.ofMinutes(10), 4, Duration.ofSeconds(60));

    private AccountLoginState fail(AccountLoginState state, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            state = policy.afterFailedLogin(state, at);
        }
        return state;
    }

    @Test
    void an_account_without_failures_is_not_locked() {
        assertFalse(policy.isLocked(AccountLoginState.CLEAR, T0));
    }

    @Test
    void an_account_is_locked_at_the_configured_number_of_consecutive_failures_and_not_before() {
        AccountLoginState twice = fail(AccountLoginState.CLEAR, 2, T0);
        assertFalse(policy.isLocked(twice, T0));
        assertEquals(2, twice.consecutiveFailures());

        AccountLoginState thrice = policy.afterFailedLogin(twice, T0.plusSeconds(5));
        assertTrue(policy.isLocked(thrice, T0.plusSeconds(5)));
        assertEquals(Optional.of(T0.plusSeconds(5).plus(Duration.ofMinutes(10))), thrice.lockedUntil());
    }

    @Test
    void a_lockout_ends_after_the_lockout_duration_and_the_count_starts_again() {
        AccountLoginState locked = fail(AccountLoginState.CLEAR, 3, T0);
        assertTrue(policy.isLocked(locked, T0.plus(Duration.ofMinutes(10)).minusMillis(1)));
        Instant after = T0.plus(Duration.ofMinutes(10));
        assertFalse(policy.isLocked(locked, after));

        AccountLoginState again = policy.afterFailedLogin(locked, after);
        assertEquals(1, again.consecutiveFailures());
        assertFalse(policy.isLocked(again, after), "one failure after a lockout is not a new lockout");
    }

    @Test
    void a_successful_login_clears_the_failures() {
        AccountLoginState twice = fail(AccountLoginState.CLEAR, 2, T0);
        AccountLoginState cleared = policy.afterSuccessfulLogin(twice);
        assertEquals(AccountLoginState.CLEAR, cleared);
        assertFalse(policy.isLocked(fail(cleared, 2, T0), T0), "only consecutive failures count");
    }

    @Test
    void an_admin_lock_holds_until_an_admin_unlocks_whatever_the_time() {
        AccountLoginState locked = AccountLoginState.CLEAR.lockedByAnAdmin();
        assertTrue(policy.isLocked(locked, T0.plus(Duration.ofDays(3650))));
        AccountLoginState unlocked = policy.unlocked(locked);
        assertFalse(policy.isLocked(unlocked, T0));
    }

    @Test
    void an_admin_unlock_ends_a_lockout_from_failures_and_clears_the_count() {
        AccountLoginState unlocked = policy.unlocked(fail(AccountLoginState.CLEAR, 3, T0));
        assertFalse(policy.isLocked(unlocked, T0));
        assertEquals(0, unlocked.consecutiveFailures());
    }

    @Test
    void a_count_of_zero_never_locks_as_in_ontap_by_default() {
        FailedLoginPolicy never = new FailedLoginPolicy(0, Duration.ZERO, 0, Duration.ZERO);
        AccountLoginState state = AccountLoginState.CLEAR;
        for (int i = 0; i < 1000; i++) {
            state = never.afterFailedLogin(state, T0);
        }
        assertFalse(never.isLocked(state, T0));
        assertFalse(never.isAddressThrottled(new AddressLoginState(T0, 1000), T0));
    }

    @Test
    void an_address_is_refused_from_the_configured_number_of_failures_within_the_window_until_it_ends() {
        AddressLoginState state = AddressLoginState.NONE;
        for (int i = 0; i < 3; i++) {
            state = policy.afterFailedLoginFrom(state, T0.plusSeconds(i));
        }
        assertFalse(policy.isAddressThrottled(state, T0.plusSeconds(3)));
        state = policy.afterFailedLoginFrom(state, T0.plusSeconds(3));
        assertTrue(policy.isAddressThrottled(state, T0.plusSeconds(3)));
        assertTrue(policy.isAddressThrottled(state, T0.plusSeconds(59)));
        assertFalse(policy.isAddressThrottled(state, T0.plusSeconds(60)), "the window that counted them is over");
    }

    @Test
    void a_failure_after_the_window_starts_a_new_one() {
        AddressLoginState state = policy.afterFailedLoginFrom(new AddressLoginState(T0, 3), T0.plusSeconds(61));
        assertEquals(new AddressLoginState(T0.plusSeconds(61), 1), state);
    }

    @Test
    void the_defaults_are_those_the_readme_gives() {
        assertEquals(new FailedLoginPolicy(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(1)), FailedLoginPolicy.DEFAULTS);
    }

    @Test
    void refuses_negative_counts_and_empty_durations_where_a_count_is_set() {
        assertThrows(IllegalArgumentException.class, () -> new FailedLoginPolicy(-1, Duration.ofMinutes(1), 1, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new FailedLoginPolicy(3, Duration.ZERO, 1, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new FailedLoginPolicy(3, Duration.ofMinutes(1), 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new FailedLoginPolicy(3, Duration.ofMinutes(-1), 1, Duration.ofMinutes(1)));
    }
}

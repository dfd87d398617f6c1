package org.gatewayusers.application.access;

import static org.gatewayusers.application.access.LoginOutcome.Refusal.ACCOUNT_LOCKED;
import static org.gatewayusers.application.access.LoginOutcome.Refusal.ADDRESS_THROTTLED;
import static org.gatewayusers.application.access.LoginOutcome.Refusal.NO_CHECK_SLOT;
import static org.gatewayusers.application.access.LoginOutcome.Refusal.WRONG_CREDENTIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.access.FakeAccountPasswordHasher;
import org.gatewayusers.application.access.FakePasswordCheckSlots;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;

/** Logins under the failed-login policy: lockouts, an admin's lock and unlock, busy slots, throttled addresses. */
class FailedLoginsTest {

    private static final String HOME = "192.0.2.1";
    private static final String ELSEWHERE = "198.51.100.7";

    private final FakeAccountPasswordHasher hasher = new FakeAccountPasswordHasher();
    private final InMemoryApiAccounts stored = new InMemoryApiAccounts();
    private final ConfiguredApiAccounts configured = new ConfiguredApiAccounts(List.of(
            new ConfiguredApiAccounts.Entry("admin", ApiRole.ADMIN, Password.of("netapp1!"))), hasher);
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final FakePasswordCheckSlots slots = new FakePasswordCheckSlots();
    private final FixedClock clock = FixedClock.at("2026-12-07T00:00:00Z");
    private final FailedLoginPolicy policy = new FailedLoginPolicy(3, Duration.ofMinutes(10), 6, Duration.ofMinutes(1));
    private final AuthenticateApiCaller authenticate = new AuthenticateApiCaller(configured, stored, hasher,
            hasher.hash(Password.of("decoy")), failures, slots, policy, clock);
    private final ListApiAccounts list = new ListApiAccounts(configured, stored, failures, policy, clock);
    private final UpdateApiAccount update = new UpdateApiAccount(configured, stored, hasher, failures, policy, clock);
    private final DeleteApiAccount delete = new DeleteApiAccount(configured, stored, failures);

    FailedLoginsTest() {
        new CreateApiAccount(configured, stored, hasher)
                .create(new CreateApiAccountCommand("ops", Password.of("Blue-pass-1"), "admin"));
    }

    private LoginOutcome login(String name, String password, String address, boolean known) {
        return authenticate.authenticate(new LoginAttempt(name, Password.of(password), address, known));
    }

    private LoginOutcome login(String name, String password) {
        return login(name, password, HOME, false);
    }

    private static Optional<LoginOutcome.Refusal> refused(LoginOutcome.Refusal why) {
        return Optional.of(why);
    }

    private boolean locked(String name) {
        return list.named(name).orElseThrow().locked();
    }

    @Test
    void after_the_configured_failures_the_account_is_locked_and_no_further_guess_is_checked() {
        for (int i = 0; i < 3; i++) {
            assertEquals(refused(WRONG_CREDENTIALS), login("ops", "guess-" + i).refusal());
        }
        int checks = hasher.checks();

        assertEquals(refused(ACCOUNT_LOCKED), login("ops", "Blue-pass-1", ELSEWHERE, false).refusal(),
                "even the right password, from anywhere");
        assertEquals(refused(ACCOUNT_LOCKED), login("ops", "guess-4", ELSEWHERE, true).refusal());
        assertEquals(checks, hasher.checks(), "no password of a locked account is checked");
        assertTrue(locked("ops"));
    }

    @Test
    void the_lockout_ends_after_its_duration() {
        for (int i = 0; i < 3; i++) {
            login("ops", "guess-" + i);
        }
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(refused(ACCOUNT_LOCKED), login("ops", "Blue-pass-1", ELSEWHERE, false).refusal());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1", ELSEWHERE, false).role());
        assertFalse(locked("ops"));
    }

    @Test
    void a_success_clears_the_failures_so_only_consecutive_ones_lock() {
        login("ops", "guess-1");
        login("ops", "guess-2");
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1").role());
        login("ops", "guess-3");
        login("ops", "guess-4");
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1").role());
        assertTrue(failures.accounts().isEmpty(), "nothing is kept of an account whose last login succeeded");
    }

    @Test
    void an_admin_unlocks_a_locked_account_and_locks_one_until_unlocked() {
        for (int i = 0; i < 3; i++) {
            login("ops", "guess-" + i);
        }
        ApiAccountView unlocked = update.update("ops", Optional.empty(), Optional.empty(), Optional.of(false));
        assertFalse(unlocked.locked());
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1").role());

        assertTrue(update.update("ops", Optional.empty(), Optional.empty(), Optional.of(true)).locked());
        clock.advance(Duration.ofDays(400));
        assertEquals(refused(ACCOUNT_LOCKED), login("ops", "Blue-pass-1").refusal());
        assertTrue(locked("ops"));
        update.update("ops", Optional.empty(), Optional.empty(), Optional.of(false));
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1").role());
    }

    @Test
    void a_configured_account_is_locked_by_failures_and_unlocked_by_an_admin_though_it_is_otherwise_fixed() {
        for (int i = 0; i < 3; i++) {
            login("admin", "guess-" + i);
        }
        assertTrue(locked("admin"));
        assertTrue(list.page(ApiAccountUseCasesTest.byName(null, 100, List.of())).records().stream().filter(a -> a.name().equals("admin")).findFirst().orElseThrow().locked());
        update.update("admin", Optional.empty(), Optional.empty(), Optional.of(false));
        assertEquals(Optional.of(ApiRole.ADMIN), login("admin", "netapp1!").role());
    }

    @Test
    void a_deleted_account_takes_its_failures_with_it() {
        login("ops", "guess-1");
        delete.delete("ops");
        assertTrue(failures.accounts().isEmpty());
    }

    @Test
    void unknown_names_are_not_stored_but_count_against_the_address() {
        for (int i = 0; i < 6; i++) {
            assertEquals(refused(WRONG_CREDENTIALS), login("nobody" + i, "guess").refusal());
        }
        assertTrue(failures.accounts().isEmpty());
        int checks = hasher.checks();

        assertEquals(refused(ADDRESS_THROTTLED), login("someone", "guess").refusal());
        assertEquals(refused(ADDRESS_THROTTLED), login("ops", "Blue-pass-1").refusal(),
                "a stranger from that address is refused, right or wrong");
        assertEquals(checks, hasher.checks(), "without checking a password");
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1", HOME, true).role(),
                "credentials this server verified before still log in from there");
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1", ELSEWHERE, false).role(),
                "and other addresses are not concerned");
        assertFalse(locked("ops"), "refusals for the address are no failures of the account");

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1").role(), "the window is over");
    }

    @Test
    void a_throttled_address_is_remembered_so_a_flood_from_it_does_not_reach_the_database() {
        for (int i = 0; i < 6; i++) {
            login("nobody", "guess-" + i);
        }
        login("nobody", "guess");
        int reads = failures.reads();
        for (int i = 0; i < 100; i++) {
            assertEquals(refused(ADDRESS_THROTTLED), login("nobody", "guess").refusal());
        }
        assertEquals(reads, failures.reads());
    }

    @Test
    void when_every_slot_stays_busy_the_attempt_is_refused_unchecked_and_not_counted() {
        slots.busy(true);
        int checks = hasher.checks();
        for (int i = 0; i < 5; i++) {
            assertEquals(refused(NO_CHECK_SLOT), login("ops", "Blue-pass-1").refusal());
        }
        assertEquals(checks, hasher.checks());
        assertTrue(failures.accounts().isEmpty(), "an unchecked attempt is no failure of the account");
        slots.busy(false);
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1").role());
    }

    @Test
    void attempts_that_found_no_slot_count_against_their_address() {
        slots.busy(true);
        for (int i = 0; i < 6; i++) {
            assertEquals(refused(NO_CHECK_SLOT), login("nobody", "guess-" + i).refusal());
        }
        slots.busy(false);
        assertEquals(refused(ADDRESS_THROTTLED), login("ops", "Blue-pass-1").refusal());
        assertEquals(Optional.of(ApiRole.ADMIN), login("ops", "Blue-pass-1", ELSEWHERE, false).role());
    }

    @Test
    void the_slots_learn_whether_the_credentials_were_verified_before() {
        login("ops", "Blue-pass-1", HOME, true);
        assertEquals(Boolean.TRUE, slots.lastKnown());
        login("ops", "Blue-pass-1", HOME, false);
        assertEquals(Boolean.FALSE, slots.lastKnown());
    }

    @Test
    void the_account_name_is_the_one_the_lock_is_kept_under() {
        for (int i = 0; i < 3; i++) {
            login("ops", "guess-" + i);
        }
        assertTrue(failures.accounts().containsKey(new ApiAccountName("ops")));
    }
}

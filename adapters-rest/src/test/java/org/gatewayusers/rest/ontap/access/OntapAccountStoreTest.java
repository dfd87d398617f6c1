package org.gatewayusers.rest.ontap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.access.AuthenticateApiCaller;
import org.gatewayusers.application.access.ConfiguredApiAccounts;
import org.gatewayusers.application.access.CreateApiAccount;
import org.gatewayusers.application.access.CreateApiAccountCommand;
import org.gatewayusers.application.access.InMemoryApiAccounts;
import org.gatewayusers.application.access.InMemoryLoginFailures;
import org.gatewayusers.application.access.UpdateApiAccount;
import org.gatewayusers.application.access.FakeAccountPasswordHasher;
import org.gatewayusers.application.access.FakePasswordCheckSlots;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;

/** Remembered password checks: how often a client that sends its credentials with every request costs a slow hash. */
class OntapAccountStoreTest {

    private final FakeAccountPasswordHasher hasher = new FakeAccountPasswordHasher();
    private final InMemoryApiAccounts stored = new InMemoryApiAccounts();
    private final ConfiguredApiAccounts configured = new ConfiguredApiAccounts(List.of(), hasher);
    private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
    private final FixedClock clock = FixedClock.at("2026-12-07T00:00:00Z");
    private final FailedLoginPolicy policy = new FailedLoginPolicy(3, Duration.ofMinutes(10), 6, Duration.ofMinutes(1));
    private final OntapAccountStore store = new OntapAccountStore();
    private long now = 1_000_000_000L;

    OntapAccountStoreTest() {
        new CreateApiAccount(configured, stored, hasher)
                .create(new CreateApiAccountCommand("ops", Password.of("Blue-pass-1"), ApiRole.ADMIN.roleName()));
        store.authenticate = new AuthenticateApiCaller(configured, stored, hasher, hasher.hash(Password.of("decoy")),
                failures, new FakePasswordCheckSlots(), policy, clock);
        store.nanoTime = () -> now;
    }

    private CredentialValidationResult.Status login(String password) {
        return store.validate(new UsernamePasswordCredential("ops", password)).getStatus();
    }

    private void after(Duration elapsed) {
        now += elapsed.toNanos();
    }

    @Test
    void a_credential_checked_once_is_not_checked_again_while_remembered() {
        assertEquals(CredentialValidationResult.Status.VALID, login("Blue-pass-1"));
        int checks = hasher.checks();

        after(Duration.ofSeconds(5));
        login("Blue-pass-1");
        login("Blue-pass-1");

        assertEquals(checks, hasher.checks());
    }

    @Test
    void near_its_end_one_request_checks_it_again_and_it_is_remembered_anew_so_no_request_waits_at_the_old_end() {
        login("Blue-pass-1");
        int checks = hasher.checks();

        after(OntapAccountStore.REMEMBERED.minus(OntapAccountStore.RENEWED_AHEAD).plusSeconds(1));
        assertEquals(CredentialValidationResult.Status.VALID, login("Blue-pass-1"));
        assertEquals(checks + 1, hasher.checks(), "one request renews");
        login("Blue-pass-1");
        assertEquals(checks + 1, hasher.checks(), "the next ones use the renewed check");

        after(OntapAccountStore.RENEWED_AHEAD);
        login("Blue-pass-1");
        assertEquals(checks + 1, hasher.checks(), "past the first check's end, the renewed one still counts");
    }

    @Test
    void a_password_changed_elsewhere_is_refused_at_the_renewal_and_no_later_than_the_remembered_time() {
        login("Blue-pass-1");
        new UpdateApiAccount(configured, stored, hasher, failures, policy, clock)
                .update("ops", Optional.of(Password.of("Green-pass-2")), Optional.empty(), Optional.empty());

        after(OntapAccountStore.REMEMBERED.minus(OntapAccountStore.RENEWED_AHEAD).plusSeconds(1));

        assertEquals(CredentialValidationResult.Status.INVALID, login("Blue-pass-1"));
        assertEquals(CredentialValidationResult.Status.INVALID, login("Blue-pass-1"));
        assertEquals(CredentialValidationResult.Status.VALID, login("Green-pass-2"));
    }
}

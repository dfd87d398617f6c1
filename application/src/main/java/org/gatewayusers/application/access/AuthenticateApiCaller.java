package org.gatewayusers.application.access;

import static org.gatewayusers.application.access.LoginOutcome.Refusal.ACCOUNT_LOCKED;
import static org.gatewayusers.application.access.LoginOutcome.Refusal.ADDRESS_THROTTLED;
import static org.gatewayusers.application.access.LoginOutcome.Refusal.NO_CHECK_SLOT;
import static org.gatewayusers.application.access.LoginOutcome.Refusal.WRONG_CREDENTIALS;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.application.access.PasswordCheckSlots;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.AddressLoginState;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.shared.CredentialHash;

/**
 * Tells the role of the caller that sent these credentials, or why not: configured accounts first, then the
 * database's, under the {@link FailedLoginPolicy}. In order:
 * <ol>
 * <li>an address with too many failures is refused, unless these credentials were verified before;</li>
 * <li>a locked account is refused;</li>
 * <li>the rest waits for one of the bounded {@link PasswordCheckSlots}, or is refused;</li>
 * <li>in the slot, the attempt is counted as a failure of the account before its password is checked (under the
 * account's lock in the database), so that no more guesses than the policy allows are ever checked, however many
 * arrive at once and on however many servers;</li>
 * <li>a match clears the account's failures; a mismatch, and an attempt that found no slot, count against the
 * address (so that a flood from one address is soon refused before it even waits for a slot).</li>
 * </ol>
 * An unknown name costs a hash too, so that the time of an answer does not tell which names exist.
 */
public final class AuthenticateApiCaller {

    private static final int MAX_REMEMBERED_ADDRESSES = 10_000;

    private final ConfiguredApiAccounts configured;
    private final ApiAccounts accounts;
    private final AccountPasswordHasher hasher;
    private final CredentialHash decoy;
    private final LoginFailures failures;
    private final PasswordCheckSlots slots;
    private final FailedLoginPolicy policy;
    private final Clock clock;
    /** Addresses the database showed throttled, until when: refused again here without asking it (a flood). */
    private final ConcurrentHashMap<String, Instant> throttled = new ConcurrentHashMap<>();

    public AuthenticateApiCaller(ConfiguredApiAccounts configured, ApiAccounts accounts, AccountPasswordHasher hasher,
            CredentialHash decoy, LoginFailures failures, PasswordCheckSlots slots, FailedLoginPolicy policy, Clock clock) {
        this.configured = configured;
        this.accounts = accounts;
        this.hasher = hasher;
        this.decoy = decoy;
        this.failures = failures;
        this.slots = slots;
        this.policy = policy;
        this.clock = clock;
    }

    public LoginOutcome authenticate(LoginAttempt attempt) {
        if (!attempt.known() && addressThrottled(attempt.clientAddress())) {
            return LoginOutcome.refused(ADDRESS_THROTTLED);
        }
        Optional<ApiAccount> account = parse(attempt.name())
                .flatMap(valid -> configured.named(valid).or(() -> accounts.named(valid)));
        if (account.isPresent() && policy.isLocked(failures.ofAccount(account.get().name()), clock.now())) {
            return LoginOutcome.refused(ACCOUNT_LOCKED);
        }
        Optional<LoginOutcome> checked = slots.run(attempt.known(), () -> check(attempt, account));
        if (checked.isEmpty()) {
            // not a failure of the account (no password was checked), but an attempt of the address all the same
            countAgainstTheAddress(attempt.clientAddress());
            return LoginOutcome.refused(NO_CHECK_SLOT);
        }
        return checked.get();
    }

    private LoginOutcome check(LoginAttempt attempt, Optional<ApiAccount> account) {
        if (account.isPresent() && !countedBeforeTheCheck(account.get().name())) {
            return LoginOutcome.refused(ACCOUNT_LOCKED);
        }
        if (account.isPresent() && hasher.matches(attempt.password(), account.get().credential())) {
            AccountLoginState after = failures.changeAccount(account.get().name(), policy::afterSuccessfulLogin);
            return policy.isLocked(after, clock.now()) ? LoginOutcome.refused(ACCOUNT_LOCKED)
                    : LoginOutcome.accepted(account.get().role());
        }
        if (account.isEmpty()) {
            hasher.matches(attempt.password(), decoy);
        }
        countAgainstTheAddress(attempt.clientAddress());
        return LoginOutcome.refused(WRONG_CREDENTIALS);
    }

    private void countAgainstTheAddress(String clientAddress) {
        Instant now = clock.now();
        AddressLoginState address = failures.changeAddress(clientAddress,
                state -> policy.afterFailedLoginFrom(state, now), now.minus(policy.addressWindow()));
        rememberIfThrottled(clientAddress, address, now);
    }

    /** Counts the attempt as a failure unless the account is locked (then false): a success clears it again. */
    private boolean countedBeforeTheCheck(ApiAccountName name) {
        AtomicBoolean counted = new AtomicBoolean();
        failures.changeAccount(name, state -> {
            Instant now = clock.now();
            counted.set(!policy.isLocked(state, now));
            return counted.get() ? policy.afterFailedLogin(state, now) : state;
        });
        return counted.get();
    }

    private boolean addressThrottled(String address) {
        Instant now = clock.now();
        Instant until = throttled.get(address);
        if (until != null) {
            if (now.isBefore(until)) {
                return true;
            }
            throttled.remove(address, until);
        }
        AddressLoginState state = failures.ofAddress(address);
        rememberIfThrottled(address, state, now);
        return policy.isAddressThrottled(state, now);
    }

    private void rememberIfThrottled(String address, AddressLoginState state, Instant now) {
        if (policy.isAddressThrottled(state, now)) {
            if (throttled.size() >= MAX_REMEMBERED_ADDRESSES) {
                throttled.clear();
            }
            throttled.put(address, state.windowStart().plus(policy.addressWindow()));
        }
    }

    private static Optional<ApiAccountName> parse(String name) {
        try {
            return Optional.of(ApiAccountName.parse(name));
        } catch (AccessRejection notAName) {
            return Optional.empty();
        }
    }
}

package org.gatewayusers.application.access;

import java.util.Optional;
import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.access.FailedLoginPolicy;
import org.gatewayusers.domain.shared.Password;

/**
 * Sets a stored account's password or role (a configured account is changed in the configuration only), and locks
 * or unlocks any account, configured ones too (ONTAP's {@code security login lock} / {@code unlock}).
 */
public final class UpdateApiAccount {

    private final ApiAccountLocator locator;
    private final ApiAccounts accounts;
    private final AccountPasswordHasher hasher;
    private final LoginFailures failures;
    private final FailedLoginPolicy policy;
    private final Clock clock;

    public UpdateApiAccount(ConfiguredApiAccounts configured, ApiAccounts accounts, AccountPasswordHasher hasher,
            LoginFailures failures, FailedLoginPolicy policy, Clock clock) {
        this.locator = new ApiAccountLocator(configured, accounts);
        this.accounts = accounts;
        this.hasher = hasher;
        this.failures = failures;
        this.policy = policy;
        this.clock = clock;
    }

    public ApiAccountView update(String name, Optional<Password> password, Optional<String> role, Optional<Boolean> locked) {
        ApiAccount account = locator.require(name);
        if (password.isPresent() || role.isPresent()) {
            account.requireChangeable();
        }
        Optional<ApiRole> newRole = role.map(ApiRole::parse);
        password.ifPresent(p -> ApiAccount.requireAcceptablePassword(account.name(), p));
        ApiAccount changed = account;
        if (newRole.isPresent()) {
            changed = changed.withRole(newRole.get());
        }
        if (password.isPresent()) {
            changed = changed.withCredential(hasher.hash(password.get()));
        }
        if (changed != account) {
            accounts.update(changed);
        }
        AccountLoginState state = locked.map(lock -> failures.changeAccount(account.name(),
                        current -> lock ? current.lockedByAnAdmin() : policy.unlocked(current)))
                .orElseGet(() -> failures.ofAccount(account.name()));
        return ApiAccountView.of(changed, policy.isLocked(state, clock.now()));
    }
}

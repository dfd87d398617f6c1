package org.gatewayusers.application.ontap;

import java.util.Optional;
import org.gatewayusers.application.shared.AccountPasswordHasher;
import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiRole;
import org.gatewayusers.domain.shared.Password;

/** Sets a stored account's password or role; a configured account is changed in the configuration only. */
public final class UpdateApiAccount {

    private final ApiAccountLocator locator;
    private final ApiAccounts accounts;
    private final AccountPasswordHasher hasher;

    public UpdateApiAccount(ConfiguredApiAccounts configured, ApiAccounts accounts, AccountPasswordHasher hasher) {
        this.locator = new ApiAccountLocator(configured, accounts);
        this.accounts = accounts;
        this.hasher = hasher;
    }

    public ApiAccountView update(String name, Optional<Password> password, Optional<String> role) {
        ApiAccount account = locator.require(name);
        account.requireChangeable();
        Optional<ApiRole> newRole = role.map(ApiRole::parse);
        password.ifPresent(p -> ApiAccount.requireAcceptablePassword(account.name(), p));
        ApiAccount changed = account;
        if (newRole.isPresent()) {
            changed = changed.withRole(newRole.get());
        }
        if (password.isPresent()) {
            changed = changed.withCredential(hasher.hash(password.get()));
        }
        accounts.update(changed);
        return ApiAccountView.of(changed);
    }
}

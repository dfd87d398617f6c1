package org.gatewayusers.application.access;

import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.ApiAccount;

/**
 * Deletes a stored account, and its failed logins with it (a new account of the name starts clear); a configured
 * account is left out of the configuration instead.
 */
public final class DeleteApiAccount {

    private final ApiAccountLocator locator;
    private final ApiAccounts accounts;
    private final LoginFailures failures;

    public DeleteApiAccount(ConfiguredApiAccounts configured, ApiAccounts accounts, LoginFailures failures) {
        this.locator = new ApiAccountLocator(configured, accounts);
        this.accounts = accounts;
        this.failures = failures;
    }

    public void delete(String name) {
        ApiAccount account = locator.require(name);
        account.requireChangeable();
        accounts.remove(account);
        failures.changeAccount(account.name(), state -> AccountLoginState.CLEAR);
    }
}

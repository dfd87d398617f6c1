package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.ApiAccount;

/** Deletes a stored account; a configured account is left out of the configuration instead. */
public final class DeleteApiAccount {

    private final ApiAccountLocator locator;
    private final ApiAccounts accounts;

    public DeleteApiAccount(ConfiguredApiAccounts configured, ApiAccounts accounts) {
        this.locator = new ApiAccountLocator(configured, accounts);
        this.accounts = accounts;
    }

    public void delete(String name) {
        ApiAccount account = locator.require(name);
        account.requireChangeable();
        accounts.remove(account);
    }
}

package org.gatewayusers.application.access;

import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_NOT_FOUND;

import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;

/** Finds the account a request's path names, configured or stored; any other name is not found. */
final class ApiAccountLocator {

    private final ConfiguredApiAccounts configured;
    private final ApiAccounts accounts;

    ApiAccountLocator(ConfiguredApiAccounts configured, ApiAccounts accounts) {
        this.configured = configured;
        this.accounts = accounts;
    }

    ApiAccount require(String name) {
        ApiAccountName valid;
        try {
            valid = ApiAccountName.parse(name);
        } catch (AccessRejection notAName) {
            throw new AccessRejection(ACCOUNT_NOT_FOUND, AccessRejection.Subject.NAME);
        }
        return configured.named(valid).or(() -> accounts.named(valid))
                .orElseThrow(() -> new AccessRejection(ACCOUNT_NOT_FOUND, AccessRejection.Subject.NAME));
    }
}

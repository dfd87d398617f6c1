package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ACCOUNT_NOT_FOUND;

import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

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
        } catch (OntapRejection notAName) {
            throw new OntapRejection(ACCOUNT_NOT_FOUND, Subject.NAME);
        }
        return configured.named(valid).or(() -> accounts.named(valid))
                .orElseThrow(() -> new OntapRejection(ACCOUNT_NOT_FOUND, Subject.NAME));
    }
}

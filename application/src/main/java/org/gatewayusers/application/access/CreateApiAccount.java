package org.gatewayusers.application.access;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ACCOUNT_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;

import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.ontap.OntapRejection;

/** Creates an account of the ONTAP REST API in the database, its password stored as a slow salted hash. */
public final class CreateApiAccount {

    private final ConfiguredApiAccounts configured;
    private final ApiAccounts accounts;
    private final AccountPasswordHasher hasher;

    public CreateApiAccount(ConfiguredApiAccounts configured, ApiAccounts accounts, AccountPasswordHasher hasher) {
        this.configured = configured;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    public ApiAccountView create(CreateApiAccountCommand command) {
        ApiAccountName name = ApiAccountName.parse(command.name());
        if (command.password() == null) {
            throw new OntapRejection(PASSWORD_MISSING, "password");
        }
        ApiRole role = ApiRole.parse(command.role());
        ApiAccount.requireAcceptablePassword(name, command.password());
        if (configured.named(name).isPresent() || accounts.named(name).isPresent()) {
            throw new OntapRejection(ACCOUNT_EXISTS, "name");
        }
        ApiAccount account = ApiAccount.register(name, role, hasher.hash(command.password()));
        accounts.add(account);
        return ApiAccountView.of(account, false);
    }
}

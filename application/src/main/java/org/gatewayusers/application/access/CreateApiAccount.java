package org.gatewayusers.application.access;

import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_EXISTS;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_MISSING;

import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;

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
            throw new AccessRejection(ACCOUNT_PASSWORD_MISSING, AccessRejection.Subject.PASSWORD);
        }
        ApiRole role = ApiRole.parse(command.role());
        ApiAccount.requireAcceptablePassword(name, command.password());
        if (configured.named(name).isPresent() || accounts.named(name).isPresent()) {
            throw new AccessRejection(ACCOUNT_EXISTS, AccessRejection.Subject.NAME);
        }
        ApiAccount account = ApiAccount.register(name, role, hasher.hash(command.password()));
        accounts.add(account);
        return ApiAccountView.of(account, false);
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ACCOUNT_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;

import org.gatewayusers.application.shared.AccountPasswordHasher;
import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.ApiRole;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

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
            throw new OntapRejection(PASSWORD_MISSING, Subject.PASSWORD);
        }
        ApiRole role = ApiRole.parse(command.role());
        ApiAccount.requireAcceptablePassword(name, command.password());
        if (configured.named(name).isPresent() || accounts.named(name).isPresent()) {
            throw new OntapRejection(ACCOUNT_EXISTS, Subject.NAME);
        }
        ApiAccount account = ApiAccount.register(name, role, hasher.hash(command.password()));
        accounts.add(account);
        return ApiAccountView.of(account, false);
    }
}

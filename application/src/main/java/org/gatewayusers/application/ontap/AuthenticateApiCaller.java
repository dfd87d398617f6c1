package org.gatewayusers.application.ontap;

import java.util.Optional;
import org.gatewayusers.application.shared.AccountPasswordHasher;
import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.ApiRole;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * Tells the role of the caller that sent these credentials, or nothing when they are not an account's:
 * configured accounts first, then the database's. An unknown name costs a hash too, so that the time of an
 * answer does not tell which names exist.
 */
public final class AuthenticateApiCaller {

    private final ConfiguredApiAccounts configured;
    private final ApiAccounts accounts;
    private final AccountPasswordHasher hasher;
    private final CredentialHash decoy;

    public AuthenticateApiCaller(ConfiguredApiAccounts configured, ApiAccounts accounts, AccountPasswordHasher hasher,
            CredentialHash decoy) {
        this.configured = configured;
        this.accounts = accounts;
        this.hasher = hasher;
        this.decoy = decoy;
    }

    public Optional<ApiRole> authenticate(String name, Password password) {
        Optional<ApiAccount> account = parse(name).flatMap(valid -> configured.named(valid).or(() -> accounts.named(valid)));
        if (account.isEmpty()) {
            hasher.matches(password, decoy);
            return Optional.empty();
        }
        return hasher.matches(password, account.get().credential()) ? Optional.of(account.get().role()) : Optional.empty();
    }

    private static Optional<ApiAccountName> parse(String name) {
        try {
            return Optional.of(ApiAccountName.parse(name));
        } catch (OntapRejection notAName) {
            return Optional.empty();
        }
    }
}

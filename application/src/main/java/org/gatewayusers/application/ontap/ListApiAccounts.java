package org.gatewayusers.application.ontap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.ontap.AccountLoginState;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.FailedLoginPolicy;
import org.gatewayusers.domain.ontap.OntapRejection;

/** Lists the API accounts, configured and stored, by name, each with whether it is locked now; or reads one. */
public final class ListApiAccounts {

    private final ConfiguredApiAccounts configured;
    private final ApiAccounts accounts;
    private final LoginFailures failures;
    private final FailedLoginPolicy policy;
    private final Clock clock;

    public ListApiAccounts(ConfiguredApiAccounts configured, ApiAccounts accounts, LoginFailures failures,
            FailedLoginPolicy policy, Clock clock) {
        this.configured = configured;
        this.accounts = accounts;
        this.failures = failures;
        this.policy = policy;
        this.clock = clock;
    }

    public List<ApiAccountView> list() {
        Map<ApiAccountName, AccountLoginState> states = failures.accounts();
        return Stream.concat(configured.all().stream(), accounts.all().stream())
                .map(account -> ApiAccountView.of(account, policy.isLocked(
                        states.getOrDefault(account.name(), AccountLoginState.CLEAR), clock.now())))
                .sorted(Comparator.comparing(ApiAccountView::name))
                .toList();
    }

    public Optional<ApiAccountView> named(String name) {
        try {
            ApiAccountName valid = ApiAccountName.parse(name);
            return configured.named(valid).or(() -> accounts.named(valid))
                    .map(account -> ApiAccountView.of(account, policy.isLocked(failures.ofAccount(valid), clock.now())));
        } catch (OntapRejection notAName) {
            return Optional.empty();
        }
    }
}

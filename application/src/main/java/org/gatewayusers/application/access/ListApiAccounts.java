package org.gatewayusers.application.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.FailedLoginPolicy;

/**
 * Lists the API accounts, configured and stored, a page at a time, each with whether it is locked now; or reads
 * one. The stored ones are found by the port ({@link ApiAccounts#find}); the few configured ones are matched here
 * and merged into the page in the query's order.
 */
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

    /** The page of accounts a query asks for: at most {@code query.limit()}, after its position, in its order. */
    public RecordPage<ApiAccountView> page(RecordQuery<ApiAccountField> query) {
        Instant now = clock.now();
        List<ApiAccountView> stored = views(accounts.find(query.withLimit(query.limit() + 1), now), now);
        List<ApiAccountView> fromConfiguration = configuredMatching(query, now).stream()
                .filter(view -> query.isAfterPosition(view, ListApiAccounts::valuesOf))
                .sorted(query.ordering(ListApiAccounts::valuesOf))
                .toList();
        return RecordPage.ofOneMore(merged(stored, fromConfiguration, query.ordering(ListApiAccounts::valuesOf)),
                query.limit());
    }

    /** How many accounts match the query's filters now (its position and limit aside). */
    public long count(RecordQuery<ApiAccountField> query) {
        Instant now = clock.now();
        return accounts.count(query, now) + configuredMatching(query, now).size();
    }

    public Optional<ApiAccountView> named(String name) {
        try {
            ApiAccountName valid = ApiAccountName.parse(name);
            return configured.named(valid).or(() -> accounts.named(valid))
                    .map(account -> ApiAccountView.of(account, policy.isLocked(failures.ofAccount(valid), clock.now())));
        } catch (AccessRejection notAName) {
            return Optional.empty();
        }
    }

    private List<ApiAccountView> configuredMatching(RecordQuery<ApiAccountField> query, Instant now) {
        return views(configured.all(), now).stream()
                .filter(view -> query.matches(field -> valuesOf(view, field)))
                .toList();
    }

    /** The accounts with their lock at {@code now}: the login states of all of them in one read. */
    private List<ApiAccountView> views(List<ApiAccount> list, Instant now) {
        Map<ApiAccountName, AccountLoginState> states = failures.ofAccounts(list.stream().map(ApiAccount::name).toList());
        return list.stream().map(account -> ApiAccountView.of(account, policy.isLocked(
                states.getOrDefault(account.name(), AccountLoginState.CLEAR), now))).toList();
    }

    /** Both lists in order; the stored ones keep the order the database gave them. */
    private static List<ApiAccountView> merged(List<ApiAccountView> stored, List<ApiAccountView> fromConfiguration,
            Comparator<ApiAccountView> order) {
        List<ApiAccountView> merged = new ArrayList<>(stored.size() + fromConfiguration.size());
        int s = 0;
        int c = 0;
        while (s < stored.size() || c < fromConfiguration.size()) {
            boolean takeStored = c == fromConfiguration.size()
                    || s < stored.size() && order.compare(stored.get(s), fromConfiguration.get(c)) <= 0;
            merged.add(takeStored ? stored.get(s++) : fromConfiguration.get(c++));
        }
        return merged;
    }

    private static List<String> valuesOf(ApiAccountView account, ApiAccountField field) {
        return List.of(switch (field) {
            case NAME -> account.name();
            case ROLE -> account.role();
            case LOCKED -> Boolean.toString(account.locked());
        });
    }
}

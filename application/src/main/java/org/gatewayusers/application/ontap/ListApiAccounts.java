package org.gatewayusers.application.ontap;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.OntapRejection;

/** Lists the API accounts, configured and stored, by name; or reads one. */
public final class ListApiAccounts {

    private final ConfiguredApiAccounts configured;
    private final ApiAccounts accounts;

    public ListApiAccounts(ConfiguredApiAccounts configured, ApiAccounts accounts) {
        this.configured = configured;
        this.accounts = accounts;
    }

    public List<ApiAccountView> list() {
        return Stream.concat(configured.all().stream(), accounts.all().stream())
                .map(ApiAccountView::of)
                .sorted(Comparator.comparing(ApiAccountView::name))
                .toList();
    }

    public Optional<ApiAccountView> named(String name) {
        try {
            ApiAccountName valid = ApiAccountName.parse(name);
            return configured.named(valid).or(() -> accounts.named(valid)).map(ApiAccountView::of);
        } catch (OntapRejection notAName) {
            return Optional.empty();
        }
    }
}

package org.gatewayusers.application.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.shared.Password;

/**
 * The accounts that the service's configuration gives (the demo {@code admin} and a read-only one, unless the
 * operator chose others): hashed once, when the service starts, and kept only as hashes.
 */
public final class ConfiguredApiAccounts {

    /** One account of the configuration; a {@code null} or empty password leaves it out. */
    public record Entry(String name, ApiRole role, Password password) {
    }

    private final Map<ApiAccountName, ApiAccount> accounts = new LinkedHashMap<>();

    public ConfiguredApiAccounts(List<Entry> entries, AccountPasswordHasher hasher) {
        for (Entry entry : entries) {
            if (entry.name() == null || entry.name().isEmpty() || entry.password() == null
                    || entry.password().reveal().isEmpty()) {
                continue;
            }
            ApiAccountName name = ApiAccountName.parse(entry.name());
            accounts.putIfAbsent(name, ApiAccount.configured(name, entry.role(), hasher.hash(entry.password())));
        }
    }

    public Optional<ApiAccount> named(ApiAccountName name) {
        return Optional.ofNullable(accounts.get(name));
    }

    public List<ApiAccount> all() {
        return List.copyOf(accounts.values());
    }
}

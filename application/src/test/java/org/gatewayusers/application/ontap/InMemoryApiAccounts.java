package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ACCOUNT_EXISTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.OntapRejection;

/** The stored API accounts, in memory, with the database's unique name. */
public final class InMemoryApiAccounts implements ApiAccounts {

    private final Map<String, ApiAccount> accounts = new TreeMap<>();

    @Override
    public Optional<ApiAccount> named(ApiAccountName name) {
        return Optional.ofNullable(accounts.get(name.value()));
    }

    @Override
    public List<ApiAccount> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public void add(ApiAccount account) {
        if (accounts.putIfAbsent(account.name().value(), account) != null) {
            throw new OntapRejection(ACCOUNT_EXISTS, "name");
        }
    }

    @Override
    public void update(ApiAccount account) {
        accounts.replace(account.name().value(), account);
    }

    @Override
    public void remove(ApiAccount account) {
        accounts.remove(account.name().value());
    }
}

package org.gatewayusers.application.access;

import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_EXISTS;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.gatewayusers.application.shared.InMemoryQueries;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;

/** The stored API accounts, in memory, with the database's unique name. */
public final class InMemoryApiAccounts implements ApiAccounts {

    private final Map<String, ApiAccount> accounts = new TreeMap<>();

    @Override
    public Optional<ApiAccount> named(ApiAccountName name) {
        return Optional.ofNullable(accounts.get(name.value()));
    }

    /** Which accounts count as locked at a time (none, unless a test says otherwise). */
    private BiPredicate<ApiAccountName, Instant> locked = (name, now) -> false;

    public List<ApiAccount> all() {
        return List.copyOf(accounts.values());
    }

    public InMemoryApiAccounts lockedWhen(BiPredicate<ApiAccountName, Instant> lockedAt) {
        this.locked = lockedAt;
        return this;
    }

    @Override
    public List<ApiAccount> find(RecordQuery<ApiAccountField> query, Instant now) {
        return InMemoryQueries.find(accounts.values(), query, (account, field) -> valuesOf(account, field, now));
    }

    @Override
    public long count(RecordQuery<ApiAccountField> query, Instant now) {
        return InMemoryQueries.count(accounts.values(), query, (account, field) -> valuesOf(account, field, now));
    }

    private List<String> valuesOf(ApiAccount account, ApiAccountField field, Instant now) {
        return List.of(switch (field) {
            case NAME -> account.name().value();
            case ROLE -> account.role().roleName();
            case LOCKED -> Boolean.toString(locked.test(account.name(), now));
        });
    }

    @Override
    public void add(ApiAccount account) {
        if (accounts.putIfAbsent(account.name().value(), account) != null) {
            throw new AccessRejection(ACCOUNT_EXISTS, AccessRejection.Subject.NAME);
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

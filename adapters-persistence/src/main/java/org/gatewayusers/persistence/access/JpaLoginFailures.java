package org.gatewayusers.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.gatewayusers.application.access.LoginFailures;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.AddressLoginState;
import org.gatewayusers.domain.access.ApiAccountName;

/**
 * Failed logins in {@code ontap_account_login_failure} and {@code ontap_address_login_failure}, which every server
 * shares. A change makes sure the row exists ({@code INSERT ... ON CONFLICT DO NOTHING}, which waits for a
 * concurrent insert of the same key instead of failing), then reads it {@code FOR UPDATE}: the row lock lasts to the
 * end of the transaction, so concurrent changes of one account, on any server, apply one after the other.
 */
@ApplicationScoped
class JpaLoginFailures implements LoginFailures {

    private static final String ACCOUNT_COLUMNS = "consecutive_failures, locked_until, locked_by_admin";

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public AccountLoginState ofAccount(ApiAccountName account) {
        return rows("SELECT " + ACCOUNT_COLUMNS + " FROM ontap_account_login_failure WHERE account_name = ?1",
                account.value()).stream().findFirst().map(row -> accountState(row, 0)).orElse(AccountLoginState.CLEAR);
    }

    /** One statement: {@code account_name IN (...)}, on the primary key. */
    @Override
    public Map<ApiAccountName, AccountLoginState> ofAccounts(Collection<ApiAccountName> accounts) {
        Map<ApiAccountName, AccountLoginState> states = new LinkedHashMap<>();
        if (accounts.isEmpty()) {
            return states;
        }
        StringJoiner in = new StringJoiner(", ", "(", ")");
        for (int i = 1; i <= accounts.size(); i++) {
            in.add("?" + i);
        }
        for (Object[] row : rows("SELECT account_name, " + ACCOUNT_COLUMNS + " FROM ontap_account_login_failure"
                + " WHERE account_name IN " + in, accounts.stream().map(ApiAccountName::value).toArray())) {
            states.put(new ApiAccountName((String) row[0]), accountState(row, 1));
        }
        return states;
    }

    @Override
    public Map<ApiAccountName, AccountLoginState> accounts() {
        Map<ApiAccountName, AccountLoginState> states = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT account_name, " + ACCOUNT_COLUMNS + " FROM ontap_account_login_failure"
                + " ORDER BY account_name")) {
            states.put(new ApiAccountName((String) row[0]), accountState(row, 1));
        }
        return states;
    }

    @Override
    public AccountLoginState changeAccount(ApiAccountName account, UnaryOperator<AccountLoginState> change) {
        em.createNativeQuery("INSERT INTO ontap_account_login_failure (account_name, " + ACCOUNT_COLUMNS + ")"
                        + " VALUES (?1, 0, 0, FALSE) ON CONFLICT DO NOTHING")
                .setParameter(1, account.value()).executeUpdate();
        AccountLoginState current = accountState(rows("SELECT " + ACCOUNT_COLUMNS
                + " FROM ontap_account_login_failure WHERE account_name = ?1 FOR UPDATE", account.value()).get(0), 0);
        AccountLoginState changed = change.apply(current);
        if (changed.isClear()) {
            em.createNativeQuery("DELETE FROM ontap_account_login_failure WHERE account_name = ?1")
                    .setParameter(1, account.value()).executeUpdate();
        } else if (!changed.equals(current)) {
            em.createNativeQuery("UPDATE ontap_account_login_failure SET consecutive_failures = ?1, locked_until = ?2,"
                            + " locked_by_admin = ?3 WHERE account_name = ?4")
                    .setParameter(1, changed.consecutiveFailures())
                    .setParameter(2, changed.lockedUntil().map(Instant::toEpochMilli).orElse(0L))
                    .setParameter(3, changed.lockedByAdmin())
                    .setParameter(4, account.value())
                    .executeUpdate();
        }
        return changed;
    }

    @Override
    public AddressLoginState ofAddress(String address) {
        return rows("SELECT window_start, failures FROM ontap_address_login_failure WHERE client_address = ?1", address)
                .stream().findFirst().map(JpaLoginFailures::addressState).orElse(AddressLoginState.NONE);
    }

    @Override
    public AddressLoginState changeAddress(String address, UnaryOperator<AddressLoginState> change, Instant forgetBefore) {
        em.createNativeQuery("DELETE FROM ontap_address_login_failure WHERE window_start < ?1 AND client_address <> ?2")
                .setParameter(1, forgetBefore.toEpochMilli()).setParameter(2, address).executeUpdate();
        em.createNativeQuery("INSERT INTO ontap_address_login_failure (client_address, window_start, failures)"
                        + " VALUES (?1, 0, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, address).executeUpdate();
        AddressLoginState changed = change.apply(addressState(rows("SELECT window_start, failures"
                + " FROM ontap_address_login_failure WHERE client_address = ?1 FOR UPDATE", address).get(0)));
        em.createNativeQuery("UPDATE ontap_address_login_failure SET window_start = ?1, failures = ?2"
                        + " WHERE client_address = ?3")
                .setParameter(1, changed.windowStart().toEpochMilli())
                .setParameter(2, changed.failures())
                .setParameter(3, address)
                .executeUpdate();
        return changed;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    private static AccountLoginState accountState(Object[] row, int from) {
        long lockedUntil = ((Number) row[from + 1]).longValue();
        return new AccountLoginState(((Number) row[from]).intValue(),
                lockedUntil == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lockedUntil)),
                Boolean.TRUE.equals(row[from + 2]));
    }

    private static AddressLoginState addressState(Object[] row) {
        return new AddressLoginState(Instant.ofEpochMilli(((Number) row[0]).longValue()), ((Number) row[1]).intValue());
    }
}

package org.gatewayusers.application.access;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.AddressLoginState;
import org.gatewayusers.domain.access.ApiAccountName;

/** Failed logins in memory, each change applied under one lock, as the database's row lock does. */
public final class InMemoryLoginFailures implements LoginFailures {

    private final Map<ApiAccountName, AccountLoginState> accounts = new HashMap<>();
    private final Map<String, AddressLoginState> addresses = new HashMap<>();
    private int reads;

    @Override
    public synchronized AccountLoginState ofAccount(ApiAccountName account) {
        reads++;
        return accounts.getOrDefault(account, AccountLoginState.CLEAR);
    }

    @Override
    public synchronized Map<ApiAccountName, AccountLoginState> ofAccounts(java.util.Collection<ApiAccountName> names) {
        Map<ApiAccountName, AccountLoginState> states = new java.util.HashMap<>();
        names.stream().filter(accounts::containsKey).forEach(name -> states.put(name, accounts.get(name)));
        return states;
    }

    @Override
    public synchronized Map<ApiAccountName, AccountLoginState> accounts() {
        return Map.copyOf(accounts);
    }

    @Override
    public synchronized AccountLoginState changeAccount(ApiAccountName account, UnaryOperator<AccountLoginState> change) {
        AccountLoginState changed = change.apply(accounts.getOrDefault(account, AccountLoginState.CLEAR));
        if (changed.isClear()) {
            accounts.remove(account);
        } else {
            accounts.put(account, changed);
        }
        return changed;
    }

    @Override
    public synchronized AddressLoginState ofAddress(String address) {
        reads++;
        return addresses.getOrDefault(address, AddressLoginState.NONE);
    }

    @Override
    public synchronized AddressLoginState changeAddress(String address, UnaryOperator<AddressLoginState> change,
            Instant forgetBefore) {
        addresses.values().removeIf(state -> state.windowStart().isBefore(forgetBefore));
        AddressLoginState changed = change.apply(addresses.getOrDefault(address, AddressLoginState.NONE));
        addresses.put(address, changed);
        return changed;
    }

    /** How many times a state was read (not changed). */
    public synchronized int reads() {
        return reads;
    }
}

package org.gatewayusers.rest.ontap.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gatewayusers.application.access.LoginFailures;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.AddressLoginState;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.rest.transactions.NewTransactions;

/**
 * The failed logins as a login sees them: each change in a short transaction of its own, so that a row lock is never
 * held through a password check and a recorded failure stays recorded whatever the request does next.
 */
final class LoginFailuresInTransactions implements LoginFailures {

    private final LoginFailures stored;
    private final NewTransactions transactions;

    LoginFailuresInTransactions(LoginFailures stored, NewTransactions transactions) {
        this.stored = stored;
        this.transactions = transactions;
    }

    @Override
    public AccountLoginState ofAccount(ApiAccountName account) {
        return stored.ofAccount(account);
    }

    @Override
    public Map<ApiAccountName, AccountLoginState> ofAccounts(Collection<ApiAccountName> accounts) {
        return stored.ofAccounts(accounts);
    }

    @Override
    public Map<ApiAccountName, AccountLoginState> accounts() {
        return stored.accounts();
    }

    @Override
    public AccountLoginState changeAccount(ApiAccountName account, UnaryOperator<AccountLoginState> change) {
        return transactions.run(() -> stored.changeAccount(account, change));
    }

    @Override
    public AddressLoginState ofAddress(String address) {
        return stored.ofAddress(address);
    }

    @Override
    public AddressLoginState changeAddress(String address, UnaryOperator<AddressLoginState> change, Instant forgetBefore) {
        return transactions.run(() -> stored.changeAddress(address, change, forgetBefore));
    }
}

package org.gatewayusers.application.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gatewayusers.domain.access.AccountLoginState;
import org.gatewayusers.domain.access.AddressLoginState;
import org.gatewayusers.domain.access.ApiAccountName;

/**
 * The failed logins of API accounts and of client addresses, kept where every server sees them (the database), so
 * that a lockout holds on every server that shares it.
 */
public interface LoginFailures {

    /** The account's state; {@link AccountLoginState#CLEAR} when nothing is stored. */
    AccountLoginState ofAccount(ApiAccountName account);

    /** The states of these accounts that are not clear (one read for a page of accounts). */
    Map<ApiAccountName, AccountLoginState> ofAccounts(Collection<ApiAccountName> accounts);

    /** Every account whose state is not clear. */
    Map<ApiAccountName, AccountLoginState> accounts();

    /**
     * Reads the account's state under a lock that no other server or thread can pass until the change is stored
     * (a row lock to the end of the transaction), applies {@code change} to it, stores the result (forgetting a
     * clear one) and returns it. Two concurrent changes of one account are applied one after the other.
     */
    AccountLoginState changeAccount(ApiAccountName account, UnaryOperator<AccountLoginState> change);

    /** The address's state; {@link AddressLoginState#NONE} when nothing is stored. */
    AddressLoginState ofAddress(String address);

    /** As {@link #changeAccount}, for a client address; states whose window began before {@code forgetBefore} go. */
    AddressLoginState changeAddress(String address, UnaryOperator<AddressLoginState> change, Instant forgetBefore);
}

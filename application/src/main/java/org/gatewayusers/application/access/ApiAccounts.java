package org.gatewayusers.application.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;

/** The accounts of the ONTAP REST API that live in the database (configured ones never do). */
public interface ApiAccounts {

    Optional<ApiAccount> named(ApiAccountName name);

    /**
     * The stored accounts that a query asks for: its filters, its order, after its position, at most its limit; one
     * statement, on indexes, whatever the number of accounts. {@link ApiAccountField#LOCKED} is whether the account
     * is locked at {@code now} by its stored login state, as {@link org.gatewayusers.domain.access.FailedLoginPolicy}
     * rule 1 says: locked by an admin, or by a lockout that ends after {@code now}.
     */
    List<ApiAccount> find(RecordQuery<ApiAccountField> query, Instant now);

    /** How many stored accounts match the query's filters at {@code now} (its position and limit aside). */
    long count(RecordQuery<ApiAccountField> query, Instant now);

    /** Adds a new account; one of the same name is rejected as {@code ACCOUNT_EXISTS}, even in a race. */
    void add(ApiAccount account);

    void update(ApiAccount account);

    void remove(ApiAccount account);
}

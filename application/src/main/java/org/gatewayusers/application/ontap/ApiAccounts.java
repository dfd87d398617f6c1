package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiAccountName;

/** The accounts of the ONTAP REST API that live in the database (configured ones never do). */
public interface ApiAccounts {

    Optional<ApiAccount> named(ApiAccountName name);

    List<ApiAccount> all();

    /** Adds a new account; one of the same name is rejected as {@code ACCOUNT_EXISTS}, even in a race. */
    void add(ApiAccount account);

    void update(ApiAccount account);

    void remove(ApiAccount account);
}

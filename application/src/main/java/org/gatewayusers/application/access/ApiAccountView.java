package org.gatewayusers.application.access;

import org.gatewayusers.domain.access.ApiAccount;

/** What may be shown of an API account: never its password or hash. */
public record ApiAccountView(String name, String role, boolean configured, boolean locked) {

    static ApiAccountView of(ApiAccount account, boolean locked) {
        return new ApiAccountView(account.name().value(), account.role().roleName(), account.configured(), locked);
    }
}

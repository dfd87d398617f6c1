package org.gatewayusers.application.ontap;

import org.gatewayusers.domain.ontap.ApiAccount;

/** What may be shown of an API account: never its password or hash. */
public record ApiAccountView(String name, String role, boolean configured) {

    static ApiAccountView of(ApiAccount account) {
        return new ApiAccountView(account.name().value(), account.role().roleName(), account.configured());
    }
}

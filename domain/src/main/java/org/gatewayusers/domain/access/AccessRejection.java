package org.gatewayusers.domain.access;

import org.gatewayusers.domain.shared.Rejection;

/**
 * Why the access context refuses a request about the service's own API accounts. The edge chooses the dialect's code
 * for each reason (the ONTAP catalog, since the accounts are ONTAP Basic's).
 */
public final class AccessRejection extends Rejection {

    public enum Reason {
        ACCOUNT_NAME_INVALID,
        ACCOUNT_ROLE_INVALID,
        /** A new account without a password. */
        ACCOUNT_PASSWORD_MISSING,
        ACCOUNT_PASSWORD_TOO_SHORT,
        ACCOUNT_PASSWORD_TOO_LONG,
        ACCOUNT_PASSWORD_TOO_SIMPLE,
        ACCOUNT_PASSWORD_CONTAINS_NAME,
        ACCOUNT_EXISTS,
        ACCOUNT_NOT_FOUND,
        /** An account of the service's configuration, which the API cannot change or delete. */
        ACCOUNT_IS_CONFIGURED
    }

    private final Reason reason;

    public AccessRejection(Reason reason, String field) {
        this(reason, field, null);
    }

    public AccessRejection(Reason reason, String field, String detail) {
        super(reason, field, detail);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}

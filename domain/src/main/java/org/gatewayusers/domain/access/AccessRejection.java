package org.gatewayusers.domain.access;

import java.util.Optional;
import org.gatewayusers.domain.shared.Rejection;

/**
 * Why the access context refuses a request about the service's own API accounts. The edge chooses the dialect's code
 * for each reason, and its name for the subject (the ONTAP catalog, since the accounts are ONTAP Basic's).
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

    /** What an account rejection is about. */
    public enum Subject {
        /** The account's name. */
        NAME,
        PASSWORD,
        ROLE
    }

    private final Reason reason;
    private final Subject subject;

    public AccessRejection(Reason reason, Subject subject) {
        this(reason, subject, null);
    }

    public AccessRejection(Reason reason, Subject subject, String detail) {
        super(reason, nameOf(subject), detail);
        this.reason = reason;
        this.subject = subject;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** What the rejection is about, when it is about one thing. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }
}

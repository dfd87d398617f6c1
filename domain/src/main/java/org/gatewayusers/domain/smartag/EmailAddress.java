package org.gatewayusers.domain.smartag;

import java.util.Locale;

/** The mail address of a client user ({@code UserMail}), to which the administrator sends the account's details. */
public record EmailAddress(String value) {

    public EmailAddress {
        UserMailRules.check(value);
    }

    /** An address as a client wrote it, trimmed; missing and empty are both an empty address. */
    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? null : raw.trim());
    }

    /** The form a filter on the address compares: addresses are the same in any case. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}

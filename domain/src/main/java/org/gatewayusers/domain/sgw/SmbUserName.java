package org.gatewayusers.domain.sgw;

import java.util.Locale;
import java.util.Objects;

/**
 * The name of a gateway's SMB user, as written: 1-32 letters, digits, hyphens and underscores. Names are unique
 * per gateway without regard to case, as SMB clients treat them.
 */
public record SmbUserName(String value) {

    public SmbUserName {
        SmbUserNameRules.check(value);
    }

    /** A name as a client wrote it; missing and empty are both an empty name. */
    public static SmbUserName parse(String raw) {
        return new SmbUserName(raw);
    }

    /** The form unique per gateway: the same name in another case is the same user. */
    public String key() {
        return value.toUpperCase(Locale.ROOT);
    }

    public boolean sameUserAs(SmbUserName other) {
        return key().equals(Objects.requireNonNull(other, "other").key());
    }

    @Override
    public String toString() {
        return value;
    }
}

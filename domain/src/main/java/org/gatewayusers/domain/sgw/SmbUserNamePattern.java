package org.gatewayusers.domain.sgw;

import java.util.Locale;
import java.util.Objects;

/**
 * The {@code Pattern} of {@code DescribeGatewaySMBUsers}: the users whose names contain its text, without regard to
 * case (as names are unique without regard to case). An empty pattern matches every name.
 */
public record SmbUserNamePattern(String text) {

    public SmbUserNamePattern {
        Objects.requireNonNull(text, "text");
    }

    /** Every name. */
    public static SmbUserNamePattern any() {
        return new SmbUserNamePattern("");
    }

    /** The text compared with {@link SmbUserName#key()}: in the same case. */
    public String key() {
        return text.toUpperCase(Locale.ROOT);
    }

    public boolean matches(SmbUserName name) {
        return name.key().contains(key());
    }
}

package org.gatewayusers.domain.ontap;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Windows security identifier in its string form, such as {@code S-1-5-21-1-2-3-1000}. */
public record Sid(String value) {

    private static final Pattern FORM = Pattern.compile("S-1-[0-9]{1,13}(-[0-9]{1,10}){1,15}");

    public Sid {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SID: " + value);
        }
    }

    /** The SID a client wrote, or empty when it cannot name anything. */
    public static Optional<Sid> parse(String raw) {
        if (raw == null || !FORM.matcher(raw.trim().toUpperCase(java.util.Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Sid(raw.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    public Rid rid() {
        return new Rid(Long.parseLong(value.substring(value.lastIndexOf('-') + 1)));
    }

    @Override
    public String toString() {
        return value;
    }
}

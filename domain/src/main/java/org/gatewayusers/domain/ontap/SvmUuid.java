package org.gatewayusers.domain.ontap;

import java.util.Objects;
import java.util.UUID;

/** The identity of an SVM, a UUID in ONTAP's lower-case canonical form. */
public record SvmUuid(String value) {

    public SvmUuid {
        Objects.requireNonNull(value, "value");
        if (!UUID.fromString(value).toString().equals(value)) {
            throw new IllegalArgumentException("not a canonical lower-case UUID: " + value);
        }
    }

    public static SvmUuid random() {
        return new SvmUuid(UUID.randomUUID().toString());
    }

    /** The UUID a client wrote, or empty when it cannot name any SVM. */
    public static java.util.Optional<SvmUuid> parse(String raw) {
        try {
            return java.util.Optional.of(new SvmUuid(UUID.fromString(raw.trim()).toString()));
        } catch (IllegalArgumentException notAUuid) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

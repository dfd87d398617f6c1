package org.gatewayusers.domain.ontap;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The identity of an SVM, a UUID in ONTAP's lower-case canonical form. */
public record SvmUuid(String value) {

    private static final Pattern WRITTEN_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public SvmUuid {
        Objects.requireNonNull(value, "value");
        if (!UUID.fromString(value).toString().equals(value)) {
            throw new IllegalArgumentException("not a canonical lower-case UUID: " + value);
        }
    }

    public static SvmUuid random() {
        return new SvmUuid(UUID.randomUUID().toString());
    }

    /**
     * The UUID a client wrote, or empty when it cannot name any SVM. Only the 8-4-4-4-12 hex form is read
     * (in either case): {@link UUID#fromString} alone would also take short forms such as {@code 1-2-3-4-5}
     * and so let other strings name an existing SVM.
     */
    public static java.util.Optional<SvmUuid> parse(String raw) {
        if (raw == null || !WRITTEN_FORM.matcher(raw.trim()).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SvmUuid(raw.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return value;
    }
}

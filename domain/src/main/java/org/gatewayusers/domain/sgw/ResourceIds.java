package org.gatewayusers.domain.sgw;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** The form of the service's resource ids: a prefix such as {@code gw-} and 20 lower-case letters and digits. */
final class ResourceIds {

    static final int RANDOM_PART_LENGTH = 20;
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private ResourceIds() {
    }

    static Pattern form(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "[0-9a-z]{" + RANDOM_PART_LENGTH + "}");
    }

    static String random(String prefix, RandomGenerator random) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_PART_LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    static void require(Pattern form, String value, String what) {
        if (value == null || !form.matcher(value).matches()) {
            throw new IllegalArgumentException("not a " + what + ": " + value);
        }
    }

    /** The id a client wrote, trimmed and in lower case, or empty when it cannot name anything. */
    static Optional<String> read(Pattern form, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.trim().toLowerCase(Locale.ROOT);
        return form.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}

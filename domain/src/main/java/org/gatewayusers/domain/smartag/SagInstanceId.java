package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The id of a Smart Access Gateway app instance: {@code sag-} and lower-case letters and digits (the service draws
 * 20 at random; the vendor's own ids, such as {@code sag-gnhe6sywtare5xxxx}, are shorter and are accepted too).
 */
public record SagInstanceId(String value) {

    public static final String PREFIX = "sag-";
    static final int RANDOM_PART_LENGTH = 20;
    static final int MAX_LENGTH = 64;
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final Pattern FORM = Pattern.compile("sag-[0-9a-z]{1," + (MAX_LENGTH - PREFIX.length()) + "}");

    public SagInstanceId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SAG instance id: " + value);
        }
    }

    public static SagInstanceId random(RandomGenerator random) {
        StringBuilder id = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_PART_LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new SagInstanceId(id.toString());
    }

    /** The id a client wrote (in any case, trimmed), or empty when it cannot name any instance. */
    public static Optional<SagInstanceId> read(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.trim().toLowerCase(Locale.ROOT);
        return FORM.matcher(candidate).matches() ? Optional.of(new SagInstanceId(candidate)) : Optional.empty();
    }

    /**
     * The id a request names: a missing or empty one is {@code INSTANCE_ID_EMPTY}, one of the wrong form names no
     * instance ({@code INSTANCE_NOT_FOUND}).
     */
    public static SagInstanceId parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new SmartagRejection(INSTANCE_ID_EMPTY, Subject.INSTANCE);
        }
        return read(raw).orElseThrow(() -> new SmartagRejection(INSTANCE_NOT_FOUND, Subject.INSTANCE));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.gatewayusers.domain.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of an account of the ONTAP REST API: 1 to 64 letters (of any script), digits, {@code _ . - @}.
 * It is what a client sends before the colon of its HTTP Basic credentials, so it holds no colon, no space and
 * no control character.
 */
public record ApiAccountName(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}_.@-]+");

    public ApiAccountName {
        Objects.requireNonNull(value, "value");
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH || !VALID.matcher(value).matches()) {
            throw new AccessRejection(AccessRejection.Reason.ACCOUNT_NAME_INVALID, AccessRejection.Subject.NAME);
        }
    }

    public static ApiAccountName parse(String raw) {
        if (raw == null) {
            throw new AccessRejection(AccessRejection.Reason.ACCOUNT_NAME_INVALID, AccessRejection.Subject.NAME, "missing");
        }
        return new ApiAccountName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

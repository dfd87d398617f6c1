package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_INVALID;

import java.util.regex.Pattern;

/**
 * The region of a Smart Access Gateway app instance, such as {@code cn-shanghai}: lower-case letters and digits in
 * hyphen-separated parts, at most 64 characters.
 */
public record RegionId(String value) {

    public static final String FIELD = "RegionId";
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    public RegionId {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new SmartagRejection(REGION_INVALID, FIELD);
        }
    }

    public static RegionId parse(String raw) {
        return new RegionId(raw == null ? null : raw.trim());
    }

    /** Whether a request's {@code RegionId}, as written (trimmed), names this region. */
    public boolean isNamedBy(String raw) {
        return raw != null && value.equals(raw.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}

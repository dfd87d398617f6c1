package org.gatewayusers.domain.sgw;

import java.util.regex.Pattern;

/**
 * The region of a storage bundle's backend bucket, such as {@code cn-hangzhou}: lower-case letters and digits
 * in hyphen-separated parts, at most 64 characters.
 */
public record RegionId(String value) {

    public static final String FIELD = "BackendBucketRegionId";
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    public RegionId {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new SgwRejection(SgwRejection.Reason.REGION_INVALID, FIELD);
        }
    }

    public static RegionId parse(String raw) {
        return new RegionId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.gatewayusers.domain.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A region of the cloud, such as {@code cn-hangzhou}: lower-case letters and digits in hyphen-separated parts, at
 * most 64 characters. A storage bundle's backend bucket and a Smart Access Gateway app instance each lie in one;
 * what a request that names no region means is each context's to say, with its own rejection.
 */
public record RegionId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 64;

    public RegionId {
        if (!isARegionId(value)) {
            throw new IllegalArgumentException("not a region id");
        }
    }

    /** The region that a request names, exactly as written; empty where it names none. */
    public static Optional<RegionId> read(String raw) {
        return isARegionId(raw) ? Optional.of(new RegionId(raw)) : Optional.empty();
    }

    /** Whether a request's region, as written (trimmed), names this region. */
    public boolean isNamedBy(String raw) {
        return raw != null && value.equals(raw.trim());
    }

    private static boolean isARegionId(String value) {
        return value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

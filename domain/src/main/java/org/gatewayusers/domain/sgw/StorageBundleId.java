package org.gatewayusers.domain.sgw;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A storage bundle's id: {@code sb-} and 20 lower-case letters and digits, drawn at random. */
public record StorageBundleId(String value) {

    public static final String PREFIX = "sb-";
    private static final Pattern FORM = ResourceIds.form(PREFIX);

    public StorageBundleId {
        ResourceIds.require(FORM, value, "storage bundle id");
    }

    public static StorageBundleId random(RandomGenerator random) {
        return new StorageBundleId(ResourceIds.random(PREFIX, random));
    }

    /** The id a client wrote (in any case, trimmed), or empty when it cannot name any storage bundle. */
    public static Optional<StorageBundleId> parse(String raw) {
        return ResourceIds.read(FORM, raw).map(StorageBundleId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}

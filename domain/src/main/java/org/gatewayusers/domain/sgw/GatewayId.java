package org.gatewayusers.domain.sgw;

import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A gateway's id: {@code gw-} and 20 lower-case letters and digits, drawn at random. */
public record GatewayId(String value) {

    public static final String PREFIX = "gw-";
    private static final Pattern FORM = ResourceIds.form(PREFIX);

    public GatewayId {
        ResourceIds.require(FORM, value, "gateway id");
    }

    public static GatewayId random(RandomGenerator random) {
        return new GatewayId(ResourceIds.random(PREFIX, random));
    }

    /** The id a client wrote (in any case, trimmed), or empty when it cannot name any gateway. */
    public static Optional<GatewayId> parse(String raw) {
        return ResourceIds.read(FORM, raw).map(GatewayId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.gatewayusers.domain.access;

import java.util.Objects;

/**
 * The name of the resource a call acts on, {@code acs:<product>:<region>:<account>:<type>/<id>}
 * ({@code acs:hcs-sgw:cn-shanghai:1000000000000000:gateway/gw-0123}); {@link #ANY} for a call that names none.
 */
public record ResourceName(String product, String region, String account, String type, String id) {

    /** What a call that names no resource is evaluated against: only a {@code Resource} of {@code *} covers it. */
    public static final String ANY = "*";

    public ResourceName {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** A region left open ({@code *}) when the call gives none. */
    public static ResourceName of(String product, String region, String account, String type, String id) {
        return new ResourceName(product, region == null || region.isEmpty() ? "*" : region, account, type, id);
    }

    @Override
    public String toString() {
        return "acs:" + product + ":" + region + ":" + account + ":" + type + "/" + id;
    }
}

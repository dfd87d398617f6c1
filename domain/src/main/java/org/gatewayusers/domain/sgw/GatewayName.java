package org.gatewayusers.domain.sgw;

/** A gateway's name, under the rules of storage bundle names; unique within its storage bundle. */
public record GatewayName(String value) {

    public static final String FIELD = "Name";

    public GatewayName {
        SgwNameRules.check(value, SgwRejection.Reason.GATEWAY_NAME_INVALID, FIELD);
    }

    public static GatewayName parse(String raw) {
        return new GatewayName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

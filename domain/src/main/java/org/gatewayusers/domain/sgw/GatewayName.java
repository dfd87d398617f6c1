package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/** A gateway's name, under the rules of storage bundle names; unique within its storage bundle. */
public record GatewayName(String value) {

    public GatewayName {
        SgwNameRules.check(value, SgwRejection.Reason.GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME);
    }

    public static GatewayName parse(String raw) {
        return new GatewayName(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}

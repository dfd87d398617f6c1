package org.gatewayusers.domain.sgw;

import java.util.Arrays;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/** Where a gateway runs: in the cloud, or on the customer's premises. */
public enum GatewayLocation {
    CLOUD("Cloud"),
    ON_PREMISE("On_Premise");

    private final String written;

    GatewayLocation(String written) {
        this.written = written;
    }

    /** {@code Cloud} or {@code On_Premise}, in any case. */
    public static GatewayLocation parse(String raw) {
        return Arrays.stream(values()).filter(location -> location.written.equalsIgnoreCase(raw)).findFirst()
                .orElseThrow(() -> new SgwRejection(SgwRejection.Reason.GATEWAY_LOCATION_INVALID, Subject.GATEWAY_LOCATION));
    }

    /** The form the service writes: {@code Cloud}, {@code On_Premise}. */
    public String written() {
        return written;
    }
}

package org.gatewayusers.domain.sgw;

import java.util.Arrays;
import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/** A gateway's specification, which its billing follows: {@code Basic}, {@code Standard}, {@code Enhanced}, {@code Advanced}. */
public enum GatewayClass {
    BASIC("Basic"),
    STANDARD("Standard"),
    ENHANCED("Enhanced"),
    ADVANCED("Advanced");

    private final String written;

    GatewayClass(String written) {
        this.written = written;
    }

    /** A class a request names, in any case; none when absent or empty; another name is {@code GATEWAY_CLASS_INVALID}. */
    public static Optional<GatewayClass> parseOptional(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(value -> value.written.equalsIgnoreCase(raw)).findFirst()
                .orElseThrow(() -> new SgwRejection(SgwRejection.Reason.GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS)));
    }

    /** The form the vendor writes: {@code Basic}, {@code Standard}, {@code Enhanced}, {@code Advanced}. */
    public String written() {
        return written;
    }
}

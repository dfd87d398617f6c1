package org.gatewayusers.domain.sgw;

import java.util.Arrays;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/** What a gateway serves: files (NFS and SMB shares, with SMB users) or iSCSI block volumes. */
public enum GatewayType {
    FILE("File"),
    ISCSI("Iscsi");

    private final String written;

    GatewayType(String written) {
        this.written = written;
    }

    /** {@code File} or {@code Iscsi}, in any case. */
    public static GatewayType parse(String raw) {
        return Arrays.stream(values()).filter(type -> type.written.equalsIgnoreCase(raw)).findFirst()
                .orElseThrow(() -> new SgwRejection(SgwRejection.Reason.GATEWAY_TYPE_INVALID, Subject.GATEWAY_TYPE));
    }

    /** The form the service writes: {@code File}, {@code Iscsi}. */
    public String written() {
        return written;
    }
}

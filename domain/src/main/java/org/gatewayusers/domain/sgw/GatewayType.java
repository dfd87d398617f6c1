package org.gatewayusers.domain.sgw;

import java.util.Arrays;

/** What a gateway serves: files (NFS and SMB shares, with SMB users) or iSCSI block volumes. */
public enum GatewayType {
    FILE("File"),
    ISCSI("Iscsi");

    public static final String FIELD = "Type";

    private final String written;

    GatewayType(String written) {
        this.written = written;
    }

    /** {@code File} or {@code Iscsi}, in any case. */
    public static GatewayType parse(String raw) {
        return Arrays.stream(values()).filter(type -> type.written.equalsIgnoreCase(raw)).findFirst()
                .orElseThrow(() -> new SgwRejection(SgwRejection.Reason.GATEWAY_TYPE_INVALID, FIELD));
    }

    /** The form the service writes: {@code File}, {@code Iscsi}. */
    public String written() {
        return written;
    }
}

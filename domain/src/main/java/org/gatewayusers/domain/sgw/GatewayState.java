package org.gatewayusers.domain.sgw;

/**
 * Whether a gateway takes new work. While it is being deleted or its directory link is changing, it answers every
 * change with {@code GATEWAY_IN_OPERATION}.
 */
public enum GatewayState {
    RUNNING("running"),
    CHANGING_DIRECTORY("modifying"),
    DELETING("deleting");

    private final String written;

    GatewayState(String written) {
        this.written = written;
    }

    /** {@code running}, {@code modifying}, {@code deleting}. */
    public String written() {
        return written;
    }

    public boolean isIdle() {
        return this == RUNNING;
    }
}

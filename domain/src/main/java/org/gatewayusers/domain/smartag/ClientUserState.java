package org.gatewayusers.domain.smartag;

/** Whether a client user may log on; the RPC {@code State} is 0 for enabled, 1 for disabled. */
public enum ClientUserState {
    ENABLED(0),
    DISABLED(1);

    private final int code;

    ClientUserState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

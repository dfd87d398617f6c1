package org.gatewayusers.rest.pop;

/** A request the RPC edge refuses with a vendor error, before or instead of a use case. */
public final class PopException extends RuntimeException {

    private final PopError error;

    public PopException(PopError error) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public PopError error() {
        return error;
    }
}

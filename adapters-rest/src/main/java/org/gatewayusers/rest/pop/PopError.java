package org.gatewayusers.rest.pop;

import java.util.Objects;

/** One row of an RPC error table: HTTP status, vendor code and message, as the vendors' pages list them. */
public record PopError(int status, String code, String message) {

    public PopError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx: " + status);
        }
    }
}

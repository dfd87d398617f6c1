package org.gatewayusers.rest.ontap.access;

import java.time.Duration;
import java.util.Objects;

/** How long a refused ONTAP login waits for its 401 ({@code ONTAP_FAILED_LOGIN_DELAY}); zero answers at once. */
public record FailedLoginAnswerDelay(Duration value) {

    public FailedLoginAnswerDelay {
        Objects.requireNonNull(value, "value");
        if (value.isNegative()) {
            throw new IllegalArgumentException("ONTAP_FAILED_LOGIN_DELAY cannot be negative");
        }
    }
}

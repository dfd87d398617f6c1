package org.gatewayusers.application.access;

/** Whether a signed request is new: on time, and with a nonce not used before. */
public enum Freshness {
    /** On time, and its nonce is now used. */
    FRESH,
    /** Its time is outside the window either way; its nonce is left unused. */
    EXPIRED,
    /** Its nonce was used within the window: a replay, or a retry that reused the nonce. */
    NONCE_USED
}

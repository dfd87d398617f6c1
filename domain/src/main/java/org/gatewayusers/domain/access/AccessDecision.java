package org.gatewayusers.domain.access;

/** What a key's policies say about one call. */
public enum AccessDecision {
    /** An {@code Allow} covers the call and no {@code Deny} does. */
    ALLOWED,
    /** A {@code Deny} covers the call: it wins over every {@code Allow}. */
    DENIED_EXPLICITLY,
    /** No statement covers the call: what is not allowed is denied. */
    NOT_ALLOWED;

    public boolean allowed() {
        return this == ALLOWED;
    }
}

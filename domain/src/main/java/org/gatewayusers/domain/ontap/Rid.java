package org.gatewayusers.domain.ontap;

/** A relative identifier, the last sub-authority of a SID. Local accounts get theirs upwards from 1000. */
public record Rid(long value) {

    public static final Rid ADMINISTRATOR = new Rid(500);
    public static final Rid FIRST_LOCAL_ACCOUNT = new Rid(1000);

    public Rid {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a RID is an unsigned 32-bit number: " + value);
        }
    }
}

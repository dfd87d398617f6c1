package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.EFFECT_UNKNOWN;

import org.gatewayusers.domain.access.AccessPolicyRejection.Subject;

/** What a statement does to the calls it covers; {@link #DENY} wins over any {@link #ALLOW}. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String written;

    Effect(String written) {
        this.written = written;
    }

    /** {@code Allow} or {@code Deny}, written as the vendor writes them. */
    public static Effect of(String written) {
        for (Effect effect : values()) {
            if (effect.written.equals(written)) {
                return effect;
            }
        }
        throw new AccessPolicyRejection(EFFECT_UNKNOWN, Subject.EFFECT, "'Allow' or 'Deny' is expected");
    }

    public String written() {
        return written;
    }
}

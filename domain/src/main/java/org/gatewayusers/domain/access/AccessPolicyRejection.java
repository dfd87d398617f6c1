package org.gatewayusers.domain.access;

import org.gatewayusers.domain.shared.Rejection;

/**
 * A policy document that cannot be trusted to say what its author meant, refused when it is loaded: a policy is
 * never read more loosely than it is written, so whatever is not understood is refused rather than skipped.
 */
public final class AccessPolicyRejection extends Rejection {

    public enum Reason {
        /** Not a JSON object of the expected shape (an adapter's parser says so). */
        DOCUMENT_MALFORMED,
        /** {@code Version} other than {@code "1"}. */
        VERSION_UNSUPPORTED,
        /** An element this engine does not evaluate ({@code Condition}, {@code NotAction}, {@code Principal}, ...). */
        ELEMENT_UNSUPPORTED,
        /** {@code Effect} other than {@code Allow} or {@code Deny}. */
        EFFECT_UNKNOWN,
        /** A statement without an action. */
        ACTION_MISSING,
        /** An action that is neither {@code *} nor {@code <product>:<Action>}. */
        ACTION_MALFORMED,
        /** A statement without a resource. */
        RESOURCE_MISSING,
        /** A resource that is neither {@code *} nor {@code acs:<product>:<region>:<account>:<relative id>}. */
        RESOURCE_MALFORMED
    }

    private final Reason reason;

    public AccessPolicyRejection(Reason reason, String field, String detail) {
        super(reason, field, detail);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}

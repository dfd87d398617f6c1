package org.gatewayusers.domain.access;

import java.util.Optional;
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

    /** The element of the policy document that a rejection is about. */
    public enum Subject {
        VERSION,
        EFFECT,
        ACTION,
        RESOURCE
    }

    private final Reason reason;
    private final Subject subject;
    private final String field;
    private final String detail;

    /** A rejection of an element, by the domain, which knows the element but not where in a document it stands. */
    public AccessPolicyRejection(Reason reason, Subject subject, String detail) {
        this(reason, subject, null, detail);
    }

    /** A rejection by the reader of a document, which names where in it the fault is ({@code Statement[0].Action}). */
    public AccessPolicyRejection(Reason reason, String field, String detail) {
        this(reason, null, field, detail);
    }

    private AccessPolicyRejection(Reason reason, Subject subject, String field, String detail) {
        super(reason, field != null ? field : nameOf(subject), detail);
        this.reason = reason;
        this.subject = subject;
        this.field = field;
        this.detail = detail;
    }

    /** The same rejection, placed in its document by the document's reader. */
    public AccessPolicyRejection at(String field) {
        return new AccessPolicyRejection(reason, subject, field, detail);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** What the rejection is about, when it is about one thing. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }

    /** Where in the document the fault is, as the document's reader names it; empty until a reader places it. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}

package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.ACTION_MALFORMED;

import java.util.regex.Pattern;
import org.gatewayusers.domain.access.AccessPolicyRejection.Subject;

/**
 * An {@code Action} of a statement: {@code *}, or {@code <product>:<Action>} where either part may hold the
 * wildcards {@code *} and {@code ?} ({@code hcs-sgw:CreateGatewaySMBUser}, {@code smartag:*},
 * {@code hcs-sgw:Describe*}). Actions are compared without regard to case, as the vendor's RAM does.
 */
public record ActionPattern(String text) {

    private static final Pattern SHAPE = Pattern.compile("\\*|[A-Za-z0-9*?-]+:[A-Za-z0-9_.*?]+");

    public ActionPattern {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new AccessPolicyRejection(ACTION_MALFORMED, Subject.ACTION,
                    "'*' or '<product>:<Action>' is expected");
        }
    }

    public static ActionPattern of(String text) {
        return new ActionPattern(text);
    }

    /** Whether it covers an action named {@code <product>:<Action>}. */
    public boolean matches(String action) {
        return Wildcards.match(text, action, true);
    }

    @Override
    public String toString() {
        return text;
    }
}

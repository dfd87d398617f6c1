package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.RESOURCE_MALFORMED;

import org.gatewayusers.domain.access.AccessPolicyRejection.Subject;

/**
 * A {@code Resource} of a statement: {@code *}, or a resource name
 * {@code acs:<product>:<region>:<account>:<relative id>} whose parts may hold the wildcards {@code *} and
 * {@code ?} ({@code acs:hcs-sgw:*:*:gateway/gw-*}). Resources are compared with regard to case.
 */
public record ResourcePattern(String text) {

    public ResourcePattern {
        if (text == null || !(text.equals("*") || wellFormed(text))) {
            throw new AccessPolicyRejection(RESOURCE_MALFORMED, Subject.RESOURCE,
                    "'*' or 'acs:<product>:<region>:<account>:<relative id>' is expected");
        }
    }

    public static ResourcePattern of(String text) {
        return new ResourcePattern(text);
    }

    private static boolean wellFormed(String text) {
        String[] parts = text.split(":", 5);
        return Wildcards.printable(text) && parts.length == 5 && parts[0].equals("acs") && !parts[1].isEmpty()
                && !parts[4].isEmpty();
    }

    /** Whether it covers a resource, given by its name or as {@code *} for an action that names none. */
    public boolean matches(String resource) {
        return Wildcards.match(text, resource, false);
    }

    @Override
    public String toString() {
        return text;
    }
}

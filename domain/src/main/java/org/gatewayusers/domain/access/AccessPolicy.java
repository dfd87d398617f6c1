package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.VERSION_UNSUPPORTED;

import java.util.List;
import org.gatewayusers.domain.access.AccessPolicyRejection.Subject;

/**
 * A policy document in the vendor's form, {@code {"Version": "1", "Statement": [...]}}, as domain values. A policy
 * without statements allows nothing.
 */
public record AccessPolicy(List<PolicyStatement> statements) {

    public static final String VERSION = "1";

    public AccessPolicy {
        statements = List.copyOf(statements);
    }

    /** A document of a given {@code Version}: only {@code "1"} is understood. */
    public static AccessPolicy of(String version, List<PolicyStatement> statements) {
        if (!VERSION.equals(version)) {
            throw new AccessPolicyRejection(VERSION_UNSUPPORTED, Subject.VERSION, "\"1\" is expected");
        }
        return new AccessPolicy(statements);
    }

    /** {@code Allow} of {@code *} on {@code *}: what the demo key gets. */
    public static AccessPolicy allowingEverything() {
        return new AccessPolicy(List.of(PolicyStatement.allow("*", "*")));
    }
}

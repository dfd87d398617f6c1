package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.ACTION_MISSING;
import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.RESOURCE_MISSING;

import java.util.List;
import java.util.Objects;
import org.gatewayusers.domain.access.AccessPolicyRejection.Subject;

/** One {@code Statement}: an effect on the calls whose action and resource it both covers. */
public record PolicyStatement(Effect effect, List<ActionPattern> actions, List<ResourcePattern> resources) {

    public PolicyStatement {
        Objects.requireNonNull(effect, "effect");
        if (actions == null || actions.isEmpty()) {
            throw new AccessPolicyRejection(ACTION_MISSING, Subject.ACTION, "a statement names at least one action");
        }
        if (resources == null || resources.isEmpty()) {
            throw new AccessPolicyRejection(RESOURCE_MISSING, Subject.RESOURCE, "a statement names at least one resource");
        }
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
    }

    public static PolicyStatement allow(String action, String resource) {
        return new PolicyStatement(Effect.ALLOW, List.of(ActionPattern.of(action)), List.of(ResourcePattern.of(resource)));
    }

    public static PolicyStatement deny(String action, String resource) {
        return new PolicyStatement(Effect.DENY, List.of(ActionPattern.of(action)), List.of(ResourcePattern.of(resource)));
    }

    /** Whether the statement speaks about this call: one of its actions and one of its resources cover it. */
    public boolean covers(String action, String resource) {
        return actions.stream().anyMatch(pattern -> pattern.matches(action))
                && resources.stream().anyMatch(pattern -> pattern.matches(resource));
    }
}

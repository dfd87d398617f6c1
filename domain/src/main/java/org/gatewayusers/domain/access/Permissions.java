package org.gatewayusers.domain.access;

import java.util.List;

/**
 * The policies bound to one access key, evaluated together as the vendor's RAM does: an explicit {@code Deny} in
 * any of them wins; otherwise an {@code Allow} in any of them allows; otherwise the call is denied.
 */
public record Permissions(List<AccessPolicy> policies) {

    public Permissions {
        policies = List.copyOf(policies);
    }

    public static Permissions of(AccessPolicy... policies) {
        return new Permissions(List.of(policies));
    }

    /**
     * The decision on a call of {@code action} ({@code <product>:<Action>}, e.g. {@code hcs-sgw:CreateGatewaySMBUser})
     * on {@code resource} (its {@link ResourceName}, or {@code *} when the action names none).
     */
    public AccessDecision decide(String action, String resource) {
        boolean allowed = false;
        for (AccessPolicy policy : policies) {
            for (PolicyStatement statement : policy.statements()) {
                if (statement.covers(action, resource)) {
                    if (statement.effect() == Effect.DENY) {
                        return AccessDecision.DENIED_EXPLICITLY;
                    }
                    allowed = true;
                }
            }
        }
        return allowed ? AccessDecision.ALLOWED : AccessDecision.NOT_ALLOWED;
    }
}

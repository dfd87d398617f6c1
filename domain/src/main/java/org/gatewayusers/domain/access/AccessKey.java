package org.gatewayusers.domain.access;

import java.util.Objects;

/**
 * An access key: the id a caller names ({@code AccessKeyId}), the secret it signs with, the account it acts for,
 * whether it is enabled, and the policies that say what it may do. Its {@code toString} masks the secret.
 */
public record AccessKey(String id, AccessKeySecret secret, String accountId, boolean enabled, Permissions permissions) {

    public AccessKey {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(permissions, "permissions");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an access key has an id");
        }
        if (accountId == null || accountId.isBlank()) {
            throw new IllegalArgumentException("an access key belongs to an account");
        }
    }

    /** The decision of the key's policies on a call of {@code action} on {@code resource}. */
    public AccessDecision decide(String action, String resource) {
        return permissions.decide(action, resource);
    }
}

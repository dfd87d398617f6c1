package org.gatewayusers.application.access;

import java.util.Objects;
import java.util.Optional;
import org.gatewayusers.domain.access.AccessKey;

/** Finds the access key a request names, with its policies. */
public final class FindAccessKey {

    private final AccessKeys keys;

    public FindAccessKey(AccessKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The key, enabled or not (the caller says which refusal fits); empty for an unknown or blank id. */
    public Optional<AccessKey> find(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.isBlank()) {
            return Optional.empty();
        }
        return keys.withId(accessKeyId);
    }
}

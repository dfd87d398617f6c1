package org.gatewayusers.application.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.domain.access.AccessKey;

/** Access keys in a map, for tests. */
public final class InMemoryAccessKeys implements AccessKeys {

    private final Map<String, AccessKey> keys = new LinkedHashMap<>();

    public static InMemoryAccessKeys of(AccessKey... keys) {
        InMemoryAccessKeys all = new InMemoryAccessKeys();
        for (AccessKey key : keys) {
            all.add(key);
        }
        return all;
    }

    public InMemoryAccessKeys add(AccessKey key) {
        keys.put(key.id(), key);
        return this;
    }

    @Override
    public Optional<AccessKey> withId(String accessKeyId) {
        return Optional.ofNullable(keys.get(accessKeyId));
    }
}

package org.gatewayusers.domain.sgw;

import java.time.Instant;
import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.RegionId;

/**
 * Builds a stored storage bundle: {@code aStorageBundle().named("bundle1").build()}. Each builder draws its own id,
 * so two built bundles never share one unless told to.
 */
public final class StorageBundleBuilder {

    public static final String DEFAULT_NAME = "bundle1";
    public static final String DEFAULT_REGION = "cn-hangzhou";
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-02T03:04:05Z");

    private StorageBundleId id = StorageBundleId.random(new SplittableRandom());
    private String name = DEFAULT_NAME;
    private String description;
    private String region = DEFAULT_REGION;
    private Instant createdAt = DEFAULT_CREATED_AT;

    private StorageBundleBuilder() {
    }

    public static StorageBundleBuilder aStorageBundle() {
        return new StorageBundleBuilder();
    }

    public StorageBundleBuilder withId(String id) {
        this.id = new StorageBundleId(id);
        return this;
    }

    public StorageBundleBuilder named(String name) {
        this.name = name;
        return this;
    }

    public StorageBundleBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public StorageBundleBuilder inRegion(String region) {
        this.region = region;
        return this;
    }

    public StorageBundleBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public StorageBundle build() {
        return StorageBundle.reconstitute(id, new StorageBundleName(name), description, new RegionId(region),
                createdAt);
    }
}

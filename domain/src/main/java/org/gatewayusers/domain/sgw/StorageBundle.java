package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.REGION_INVALID;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.RegionId;

/** A storage bundle (gateway cluster): the gateways of one backend bucket region. */
public final class StorageBundle {

    private final StorageBundleId id;
    private final StorageBundleName name;
    private final String description;
    private final RegionId region;
    private final Instant createdAt;

    private StorageBundle(StorageBundleId id, StorageBundleName name, String description, RegionId region,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        SgwTextRules.descriptionHasAtMost255Characters(description);
        this.description = SgwTextRules.noneIfEmpty(description);
        this.region = Objects.requireNonNull(region, "region");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new storage bundle with an id drawn at random; the time is kept to the second. */
    public static StorageBundle create(StorageBundleName name, String description, RegionId region,
            RandomGenerator random, Instant now) {
        return new StorageBundle(StorageBundleId.random(random), name, description, region, now);
    }

    /** The region of a new bundle's backend bucket, as a request writes it: one of the wrong form is refused. */
    public static RegionId backendBucketRegion(String raw) {
        return RegionId.read(raw).orElseThrow(() -> new SgwRejection(REGION_INVALID, Subject.BACKEND_BUCKET_REGION));
    }

    public static StorageBundle reconstitute(StorageBundleId id, StorageBundleName name, String description,
            RegionId region, Instant createdAt) {
        return new StorageBundle(id, name, description, region, createdAt);
    }

    /** The same bundle under another name and description ({@code ModifyStorageBundle}). */
    public StorageBundle renamed(StorageBundleName newName, String newDescription) {
        return new StorageBundle(id, newName, newDescription, region, createdAt);
    }

    public StorageBundleId id() {
        return id;
    }

    public StorageBundleName name() {
        return name;
    }

    /** Null when there is none. */
    public String description() {
        return description;
    }

    public RegionId region() {
        return region;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.REGION_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.SplittableRandom;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.RegionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageBundleTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.890Z");

    @ParameterizedTest
    @ValueSource(strings = {"cn-hangzhou", "cn-shanghai-finance-1", "us-west-1", "eu-central-1", "local"})
    void takes_a_backend_bucket_region(String region) {
        assertEquals(region, StorageBundle.backendBucketRegion(region).value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "CN-HANGZHOU", "cn_hangzhou", "-cn", "cn-", "cn--hangzhou", "cn hangzhou",
            " cn-hangzhou"})
    void rejects_a_backend_bucket_region_that_is_not_a_region_id(String region) {
        assertRejected(REGION_INVALID, Subject.BACKEND_BUCKET_REGION, () -> StorageBundle.backendBucketRegion(region));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 100})
    void rejects_a_backend_bucket_region_of_more_than_64_characters(int length) {
        assertRejected(REGION_INVALID, Subject.BACKEND_BUCKET_REGION,
                () -> StorageBundle.backendBucketRegion("r".repeat(length)));
    }

    @Test
    void creates_a_bundle_with_a_drawn_id_and_the_time_to_the_second() {
        StorageBundle bundle = StorageBundle.create(new StorageBundleName("bundle1"), "for backups",
                new RegionId("cn-hangzhou"), new SplittableRandom(1), NOW);

        assertTrue(bundle.id().value().startsWith("sb-"));
        assertEquals("bundle1", bundle.name().value());
        assertEquals("for backups", bundle.description());
        assertEquals("cn-hangzhou", bundle.region().value());
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), bundle.createdAt());
    }

    @Test
    void keeps_an_empty_description_as_none() {
        StorageBundle bundle = StorageBundle.create(new StorageBundleName("bundle1"), "", new RegionId("cn-hangzhou"),
                new SplittableRandom(1), NOW);

        assertNull(bundle.description());
    }

    @Test
    void refuses_a_description_of_more_than_255_characters() {
        assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION, () -> StorageBundle.create(new StorageBundleName("b"),
                "d".repeat(256), new RegionId("cn-hangzhou"), new SplittableRandom(1), NOW));
    }

    @Test
    void reconstitutes_what_was_stored() {
        StorageBundle bundle = StorageBundle.reconstitute(new StorageBundleId("sb-0000000000000000bndl"),
                new StorageBundleName("b"), null, new RegionId("cn-beijing"), NOW);

        assertEquals("sb-0000000000000000bndl", bundle.id().value());
        assertEquals("cn-beijing", bundle.region().value());
    }
}

package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.REGION_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-hangzhou", "cn-shanghai-finance-1", "us-west-1", "eu-central-1", "local"})
    void accepts_a_region_id(String region) {
        assertEquals(region, RegionId.parse(region).value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "CN-HANGZHOU", "cn_hangzhou", "-cn", "cn-", "cn--hangzhou", "cn hangzhou"})
    void rejects_what_is_not_a_region_id(String region) {
        assertRejected(REGION_INVALID, "BackendBucketRegionId", () -> RegionId.parse(region));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 100})
    void rejects_more_than_64_characters(int length) {
        assertRejected(REGION_INVALID, "BackendBucketRegionId", () -> RegionId.parse("r".repeat(length)));
    }
}

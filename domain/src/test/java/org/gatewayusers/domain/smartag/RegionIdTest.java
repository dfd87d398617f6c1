package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-shanghai", "cn-hangzhou", "ap-southeast-1", "local"})
    void accepts_a_region_id(String region) {
        assertEquals(region, RegionId.parse(region).value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "CN-SHANGHAI", "cn_shanghai", "-cn", "cn-", "cn--shanghai", "cn shanghai"})
    void rejects_what_is_not_a_region_id(String region) {
        assertRejected(REGION_INVALID, "RegionId", () -> RegionId.parse(region));
    }

    @Test
    void rejects_more_than_64_characters() {
        assertRejected(REGION_INVALID, "RegionId", () -> RegionId.parse("r".repeat(65)));
    }

    @Test
    void is_named_by_its_own_id_only() {
        RegionId region = RegionId.parse("cn-shanghai");

        assertTrue(region.isNamedBy("cn-shanghai"));
        assertTrue(region.isNamedBy(" cn-shanghai "));
        assertFalse(region.isNamedBy("cn-hangzhou"));
        assertFalse(region.isNamedBy("CN-SHANGHAI"));
        assertFalse(region.isNamedBy(null));
        assertFalse(region.isNamedBy(""));
    }
}

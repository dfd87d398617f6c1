package org.gatewayusers.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-hangzhou", "cn-shanghai-finance-1", "us-west-1", "eu-central-1", "ap-southeast-1",
            "local"})
    void reads_a_region_id(String region) {
        assertEquals(region, RegionId.read(region).orElseThrow().value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "CN-HANGZHOU", "cn_hangzhou", "-cn", "cn-", "cn--hangzhou", "cn hangzhou",
            " cn-hangzhou"})
    void reads_no_region_from_what_is_not_a_region_id(String region) {
        assertEquals(Optional.empty(), RegionId.read(region));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 100})
    void reads_no_region_from_more_than_64_characters(int length) {
        assertEquals(Optional.empty(), RegionId.read("r".repeat(length)));
        assertTrue(RegionId.read("r".repeat(64)).isPresent());
    }

    @Test
    void cannot_be_made_of_what_is_not_a_region_id() {
        assertThrows(IllegalArgumentException.class, () -> new RegionId("CN-HANGZHOU"));
        assertThrows(IllegalArgumentException.class, () -> new RegionId(null));
    }

    @Test
    void is_named_by_its_own_id_only() {
        RegionId region = new RegionId("cn-shanghai");

        assertTrue(region.isNamedBy("cn-shanghai"));
        assertTrue(region.isNamedBy(" cn-shanghai "));
        assertFalse(region.isNamedBy("cn-hangzhou"));
        assertFalse(region.isNamedBy("CN-SHANGHAI"));
        assertFalse(region.isNamedBy(null));
        assertFalse(region.isNamedBy(""));
    }
}

package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_POLICY_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Bandwidth}: the Chinese page wins, optional, 1 to 20,000 Kbps, 2,000 by default (ClientUser.BandwidthInvalid);
 * an operator may pin the English page's 2,000 Kbps ceiling per instance.
 */
class BandwidthPolicyTest {

    @Test
    void the_vendor_policy_is_what_the_chinese_page_says() {
        assertEquals(new BandwidthPolicy(1, 20_000, 2_000), BandwidthPolicy.VENDOR);
    }

    @Test
    void the_english_page_policy_stops_at_2000_kbps() {
        assertEquals(new BandwidthPolicy(1, 2_000, 2_000), BandwidthPolicy.ENGLISH_PAGE);
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> BandwidthPolicy.ENGLISH_PAGE.resolve(2_001L));
    }

    @Test
    void a_bandwidth_not_asked_for_is_the_default() {
        assertEquals(new Bandwidth(2_000), BandwidthPolicy.VENDOR.resolve(null));
        assertEquals(new Bandwidth(500), new BandwidthPolicy(10, 1_000, 500).resolve(null));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 20, 2_000, 2_001, 20_000})
    void accepts_1_to_20000_kbps(long kbps) {
        assertEquals(kbps, BandwidthPolicy.VENDOR.resolve(kbps).kbps());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 20_001, 100_000, Long.MAX_VALUE, Long.MIN_VALUE})
    void rejects_a_bandwidth_outside_1_to_20000_kbps(long kbps) {
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> BandwidthPolicy.VENDOR.resolve(kbps));
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> BandwidthPolicy.VENDOR.liesWithinTheRange(kbps));
    }

    @ParameterizedTest
    @ValueSource(longs = {9, 1_001})
    void rejects_a_bandwidth_outside_a_narrowed_range(long kbps) {
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> new BandwidthPolicy(10, 1_000, 500).resolve(kbps));
    }

    @ParameterizedTest(name = "min {0}, max {1}, default {2} blames {3}")
    @CsvSource({"0, 20000, 2000, MIN_BANDWIDTH", "3000, 2000, 2000, MIN_BANDWIDTH", "1, 20001, 2000, MAX_BANDWIDTH",
            "1, 1000, 2000, DEFAULT_BANDWIDTH", "100, 1000, 50, DEFAULT_BANDWIDTH"})
    void a_policy_keeps_minimum_default_and_maximum_in_order_within_the_vendor_range(int min, int max, int def,
            Subject subject) {
        assertRejected(BANDWIDTH_POLICY_INVALID, subject, () -> new BandwidthPolicy(min, max, def));
    }

    @Test
    void a_policy_may_allow_one_bandwidth_only() {
        assertEquals(new Bandwidth(64), new BandwidthPolicy(64, 64, 64).resolve(64L));
    }

    @Test
    void a_bandwidth_is_at_least_1_kbps() {
        assertThrows(IllegalArgumentException.class, () -> new Bandwidth(0));
    }
}

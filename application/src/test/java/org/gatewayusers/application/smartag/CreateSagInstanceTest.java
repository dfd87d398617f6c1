package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_POLICY_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateSmartAccessGatewaySoftware: an app instance with its region and client-account quota (1 to 2,000). */
class CreateSagInstanceTest {

    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemorySagInstances instances = new InMemorySagInstances(users);
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");

    private final SplittableRandom random = new SplittableRandom(3);

    private CreateSagInstance createSagInstance(BandwidthPolicy defaultPolicy) {
        return new CreateSagInstance(instances, defaultPolicy, clock, random);
    }

    private SagInstanceView create(CreateSagInstanceCommand command) {
        return createSagInstance(BandwidthPolicy.VENDOR).create(command);
    }

    @Test
    void creates_an_instance_with_an_id_of_its_own_and_no_block_by_default() {
        SagInstanceView view = create(CreateSagInstanceCommand.of("cn-shanghai", 5, null));

        assertTrue(view.smartAgId().matches("sag-[0-9a-z]{20}"), view.smartAgId());
        assertEquals("cn-shanghai", view.regionId());
        assertEquals(5, view.userCount());
        assertEquals(0, view.clientUsers());
        assertEquals("", view.cidrBlock());
        assertFalse(view.staticIpMode());
        assertEquals(1_741_064_767L, view.createdTime());
        SagInstance stored = instances.stored(new SagInstanceId(view.smartAgId()));
        assertEquals(Optional.empty(), stored.clientBlock());
    }

    @Test
    void takes_a_block_and_the_static_ip_mode_when_asked() {
        SagInstanceView view = create(new CreateSagInstanceCommand("cn-shanghai", 5, "172.16.0.1/24", true, null, null,
                null));

        assertEquals("172.16.0.0/24", view.cidrBlock());
        assertTrue(view.staticIpMode());
        assertEquals(Optional.of(CidrBlock.parse("172.16.0.0/24")),
                instances.stored(new SagInstanceId(view.smartAgId())).clientBlock());
    }

    @Test
    void gives_the_configured_bandwidth_policy() {
        SagInstanceView vendor = create(CreateSagInstanceCommand.of("cn-shanghai", 5, null));
        SagInstanceView pinned = createSagInstance(BandwidthPolicy.ENGLISH_PAGE)
                .create(CreateSagInstanceCommand.of("cn-shanghai", 5, null));

        assertEquals(List.of(1, 20_000, 2_000),
                List.of(vendor.minBandwidth(), vendor.maxBandwidth(), vendor.defaultBandwidth()));
        assertEquals(List.of(1, 2_000, 2_000),
                List.of(pinned.minBandwidth(), pinned.maxBandwidth(), pinned.defaultBandwidth()));
    }

    @Test
    void takes_the_policy_values_the_command_names() {
        SagInstanceView view = create(new CreateSagInstanceCommand("cn-shanghai", 5, null, null, 10, 1_000, 500));

        assertEquals(new BandwidthPolicy(10, 1_000, 500),
                instances.stored(new SagInstanceId(view.smartAgId())).bandwidthPolicy());
        assertRejected(BANDWIDTH_POLICY_INVALID, Subject.MAX_BANDWIDTH,
                () -> create(new CreateSagInstanceCommand("cn-shanghai", 5, null, null, null, 30_000, null)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2_001})
    void rejects_a_quota_outside_1_to_2000(int userCount) {
        assertRejected(USER_COUNT_INVALID, Subject.USER_COUNT,
                () -> create(CreateSagInstanceCommand.of("cn-shanghai", userCount, null)));
        assertRejected(USER_COUNT_INVALID, Subject.USER_COUNT,
                () -> create(CreateSagInstanceCommand.of("cn-shanghai", null, null)));
        assertEquals(List.of(), instances.all());
    }

    @Test
    void rejects_a_bad_region_or_block() {
        assertRejected(REGION_INVALID, Subject.REGION, () -> create(CreateSagInstanceCommand.of("CN SHANGHAI", 5, null)));
        assertRejected(REGION_INVALID, Subject.REGION, () -> create(CreateSagInstanceCommand.of(null, 5, null)));
        assertRejected(CIDR_INVALID, Subject.CIDR_BLOCK, () -> create(CreateSagInstanceCommand.of("cn-shanghai", 5,
                "8.8.8.0/24")));
    }
}

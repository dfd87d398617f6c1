package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_IN_USE;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_OUTSIDE_BLOCK;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_HAS_CLIENT_USERS;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_NOT_RAISED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SagInstanceTest {

    private final SagInstance instance = anInstance().build();

    @Test
    void a_new_instance_gets_a_random_id_and_keeps_its_time_to_the_second() {
        SagInstance created = SagInstance.create(new RegionId("cn-shanghai"), new SagUserLimit(5), null, false,
                BandwidthPolicy.VENDOR, new SplittableRandom(1), Instant.parse("2025-03-04T05:06:07.890Z"));

        assertTrue(created.id().value().matches("sag-[0-9a-z]{20}"));
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), created.createdAt());
        assertEquals(Optional.empty(), created.clientBlock());
        assertFalse(created.staticIpMode());
    }

    // RegionId

    @ParameterizedTest
    @ValueSource(strings = {"cn-shanghai", "cn-hangzhou", "ap-southeast-1", "local"})
    void takes_a_region_as_written_and_trimmed(String region) {
        assertEquals(region, SagInstance.region(region).value());
        assertEquals(region, SagInstance.region(" " + region + " ").value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "CN-SHANGHAI", "cn_shanghai", "-cn", "cn-", "cn--shanghai", "cn shanghai"})
    void rejects_a_region_that_is_not_a_region_id(String region) {
        assertRejected(REGION_INVALID, Subject.REGION, () -> SagInstance.region(region));
    }

    @Test
    void rejects_a_region_of_more_than_64_characters() {
        assertRejected(REGION_INVALID, Subject.REGION, () -> SagInstance.region("r".repeat(65)));
    }

    @Test
    void accepts_a_request_naming_its_region() {
        assertDoesNotThrow(() -> instance.requireRegion("cn-shanghai"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"cn-hangzhou", "CN-SHANGHAI", "nowhere"})
    void rejects_a_request_naming_another_region_or_none(String region) {
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> instance.requireRegion(region));
    }

    // SAG.CidrEmpty

    @Test
    void an_instance_without_a_block_holds_no_client_user() {
        SagInstance withoutBlock = anInstance().withoutBlock().build();

        assertRejected(CIDR_EMPTY, Subject.INSTANCE, withoutBlock::requireClientBlock);
        assertRejected(CIDR_EMPTY, Subject.INSTANCE, () -> withoutBlock.clientIpAskedFor("10.0.0.5"));
    }

    // Bandwidth by the instance's policy

    @Test
    void gives_a_new_user_the_default_bandwidth_of_its_policy() {
        SagInstance pinned = anInstance().withBandwidthPolicy(BandwidthPolicy.ENGLISH_PAGE).build();

        assertEquals(new Bandwidth(2_000), instance.bandwidthFor(null));
        assertEquals(new Bandwidth(20_000), instance.bandwidthFor(20_000L));
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> pinned.bandwidthFor(20_000L));
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> pinned.changedBandwidth(2_001));
    }

    // ClientIp by the instance's mode and block

    @Test
    void in_static_ip_mode_a_new_user_must_name_its_address() {
        SagInstance staticIps = anInstance().inStaticIpMode().build();

        assertRejected(IP_EMPTY, Subject.CLIENT_IP, () -> staticIps.clientIpAskedFor(null));
        assertEquals(Optional.of(ClientIp.parse("10.0.0.9")), staticIps.clientIpAskedFor("10.0.0.9"));
    }

    @Test
    void otherwise_the_service_allocates_one_unless_the_user_names_it() {
        assertEquals(Optional.empty(), instance.clientIpAskedFor(null));
        assertEquals(Optional.of(ClientIp.parse("10.0.0.9")), instance.clientIpAskedFor("10.0.0.9"));
        assertRejected(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP, () -> instance.clientIpAskedFor("10.0.1.9"));
    }

    // Quota

    @Test
    void raises_its_quota_only() {
        SagInstance raised = anInstance().withUserLimit(5).build().withUserLimitRaisedTo(new SagUserLimit(10));

        assertEquals(10, raised.userLimit().value());
        assertRejected(USER_COUNT_NOT_RAISED, Subject.USER_COUNT, () -> raised.withUserLimitRaisedTo(new SagUserLimit(10)));
    }

    // Block changes

    @Test
    void takes_a_block_while_it_holds_no_client_user() {
        SagInstance changed = anInstance().withoutBlock().build().withClientBlock(CidrBlock.parse("172.16.0.0/16"), 0);

        assertEquals(Optional.of(CidrBlock.parse("172.16.0.0/16")), changed.clientBlock());
        assertEquals(CidrBlock.parse("192.168.0.0/24"),
                instance.withClientBlock(CidrBlock.parse("192.168.0.0/24"), 0).requireClientBlock());
    }

    @Test
    void keeps_its_block_while_it_holds_client_users() {
        assertRejected(CIDR_IN_USE, Subject.CIDR_BLOCK, () -> instance.withClientBlock(CidrBlock.parse("10.0.1.0/24"), 1));
        assertEquals(instance.clientBlock(), instance.withClientBlock(CidrBlock.parse("10.0.0.0/24"), 3).clientBlock());
    }

    @Test
    void switches_its_static_ip_mode_and_its_bandwidth_policy() {
        SagInstance changed = instance.withStaticIpMode(true).withBandwidthPolicy(BandwidthPolicy.ENGLISH_PAGE);

        assertTrue(changed.staticIpMode());
        assertEquals(BandwidthPolicy.ENGLISH_PAGE, changed.bandwidthPolicy());
        assertEquals(instance.id(), changed.id());
        assertEquals(instance.region(), changed.region());
        assertEquals(instance.userLimit(), changed.userLimit());
        assertEquals(instance.createdAt(), changed.createdAt());
    }

    // DeleteSmartAccessGateway

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"cn-shanghai"})
    void an_instance_without_client_users_may_be_deleted_with_its_region_or_none_named(String region) {
        assertDoesNotThrow(() -> instance.requireDeletable(region, 0));
    }

    @Test
    void a_delete_naming_another_region_is_refused() {
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> instance.requireDeletable("cn-hangzhou", 0));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2000})
    void an_instance_that_still_holds_client_users_is_not_deleted(long users) {
        assertRejected(INSTANCE_HAS_CLIENT_USERS, Subject.INSTANCE, () -> instance.requireDeletable("cn-shanghai", users));
    }
}

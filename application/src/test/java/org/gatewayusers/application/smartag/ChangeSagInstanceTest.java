package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_POLICY_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_IN_USE;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_NOT_RAISED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

/**
 * The changes of an app instance: its client block (ModifySmartAccessGateway, {@code CidrBlock}), its quota
 * (UpgradeSmartAccessGatewaySoftware, {@code UserCount}), its static-IP mode and its bandwidth policy. Each holds
 * the instance before reading it.
 */
class ChangeSagInstanceTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().withoutBlock().withUserLimit(5).build();
    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance);
    private final String id = instance.id().value();

    private SagInstance stored() {
        return instances.stored(instance.id());
    }

    // ModifySmartAccessGateway: CidrBlock

    @Test
    void sets_the_block_an_instance_creates_client_users_from() {
        SagInstanceView view = new SetSagInstanceCidr(instances, users)
                .set(new SetSagInstanceCidrCommand(REGION, id, "192.168.5.9/24"));

        assertEquals("192.168.5.0/24", view.cidrBlock());
        assertEquals(Optional.of(CidrBlock.parse("192.168.5.0/24")), stored().clientBlock());
        assertEquals(1, instances.holds());
        CreatedClientUser created = new CreateClientUser(instances, users, new InMemoryClientIps(users),
                new FakeClientPasswordHasher(), FixedClock.at("2025-01-01T00:00:00Z"), new SplittableRandom(1))
                .create(new CreateClientUserCommand(REGION, id, "doctest", Password.of("duuf1234"),
                        "username@example.com", null, null));
        assertEquals("192.168.5.2", created.user().clientIp());
    }

    @Test
    void keeps_the_block_of_an_instance_with_client_users() {
        SagInstance withUsers = anInstance().build();
        instances.add(withUsers);
        users.add(aClientUser().of(withUsers).build());
        SetSagInstanceCidr setCidr = new SetSagInstanceCidr(instances, users);

        assertRejected(CIDR_IN_USE, Subject.CIDR_BLOCK, () -> setCidr.set(
                new SetSagInstanceCidrCommand(REGION, withUsers.id().value(), "10.0.1.0/24")));
        assertEquals("10.0.0.0/24", setCidr.set(
                new SetSagInstanceCidrCommand(REGION, withUsers.id().value(), "10.0.0.0/24")).cidrBlock());
    }

    @Test
    void rejects_a_block_of_the_wrong_form_before_looking_for_the_instance() {
        SetSagInstanceCidr setCidr = new SetSagInstanceCidr(instances, users);

        assertRejected(CIDR_INVALID, Subject.CIDR_BLOCK,
                () -> setCidr.set(new SetSagInstanceCidrCommand(REGION, "sag-0", "1.2.3.0/24")));
        assertRejected(CIDR_INVALID, Subject.CIDR_BLOCK, () -> setCidr.set(new SetSagInstanceCidrCommand(REGION, id, null)));
        assertEquals(0, instances.holds());
    }

    // UpgradeSmartAccessGatewaySoftware: UserCount

    @Test
    void raises_the_quota() {
        SagInstanceView view = new RaiseSagUserCount(instances, users)
                .raise(new RaiseSagUserCountCommand(REGION, id, 2_000));

        assertEquals(2_000, view.userCount());
        assertEquals(2_000, stored().userLimit().value());
    }

    @Test
    void rejects_a_quota_that_is_not_higher_or_outside_1_to_2000() {
        RaiseSagUserCount raise = new RaiseSagUserCount(instances, users);

        assertRejected(USER_COUNT_NOT_RAISED, Subject.USER_COUNT, () -> raise.raise(new RaiseSagUserCountCommand(REGION, id, 5)));
        assertRejected(USER_COUNT_NOT_RAISED, Subject.USER_COUNT, () -> raise.raise(new RaiseSagUserCountCommand(REGION, id, 1)));
        assertRejected(USER_COUNT_INVALID, Subject.USER_COUNT,
                () -> raise.raise(new RaiseSagUserCountCommand(REGION, id, 2_001)));
        assertEquals(5, stored().userLimit().value());
    }

    // Static-IP mode

    @Test
    void switches_the_static_ip_mode_on_and_off() {
        SetSagStaticIpMode setMode = new SetSagStaticIpMode(instances, users);

        assertTrue(setMode.set(REGION, id, true).staticIpMode());
        assertTrue(stored().staticIpMode());
        assertFalse(setMode.set(REGION, id, false).staticIpMode());
        assertFalse(stored().staticIpMode());
    }

    // Bandwidth policy

    @Test
    void pins_the_english_pages_ceiling() {
        SagInstanceView view = new SetSagBandwidthPolicy(instances, users)
                .set(new SetSagBandwidthPolicyCommand(REGION, id, null, 2_000, null));

        assertEquals(2_000, view.maxBandwidth());
        assertEquals(BandwidthPolicy.ENGLISH_PAGE, stored().bandwidthPolicy());
    }

    @Test
    void rejects_a_policy_out_of_order() {
        assertRejected(BANDWIDTH_POLICY_INVALID, Subject.DEFAULT_BANDWIDTH, () -> new SetSagBandwidthPolicy(instances, users)
                .set(new SetSagBandwidthPolicyCommand(REGION, id, null, 1_000, null)));
        assertEquals(BandwidthPolicy.VENDOR, stored().bandwidthPolicy());
    }

    // The instance a change names

    @Test
    void every_change_rejects_a_missing_unknown_or_another_regions_instance() {
        SetSagStaticIpMode setMode = new SetSagStaticIpMode(instances, users);

        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE, () -> setMode.set(REGION, "", true));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> setMode.set(REGION, "sag-00000000000000000000", true));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> new RaiseSagUserCount(instances, users)
                .raise(new RaiseSagUserCountCommand(REGION, "sag-!", 10)));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> new SetSagBandwidthPolicy(instances, users)
                .set(new SetSagBandwidthPolicyCommand("cn-beijing", id, null, null, null)));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> new SetSagInstanceCidr(instances, users)
                .set(new SetSagInstanceCidrCommand(null, id, "10.0.0.0/24")));
        assertFalse(stored().staticIpMode());
    }
}

package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ModifySmartAccessGatewayClientUser: the bandwidth (1-20000 Kbps by the instance's policy) and mail address of a
 * user; ClientUser.BandwidthInvalid, ClientUser.NameEmpty, ClientUser.NameInvalid.
 */
class ModifyClientUserTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().build();
    private final ClientUser user = aClientUser().of(instance).named("doctest").withBandwidth(2_000).build();
    private final InMemoryClientUsers users = new InMemoryClientUsers(user);
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance);
    private final ModifyClientUser modifyClientUser = new ModifyClientUser(instances, users);

    private ClientUserView modify(String userName, Long bandwidth, String mail) {
        return modifyClientUser.modify(new ModifyClientUserCommand(REGION, instance.id().value(), userName, bandwidth,
                mail));
    }

    @Test
    void changes_the_bandwidth_and_answers_the_user() {
        ClientUserView changed = modify("doctest", 1L, null);

        assertEquals(1, changed.bandwidth());
        assertEquals("doctest", changed.userName());
        assertEquals(user.clientIp().toString(), changed.clientIp());
        assertEquals(1, users.stored(instance.id(), "doctest").bandwidth().kbps());
    }

    @Test
    void finds_the_user_in_any_case() {
        assertEquals(300, modify("DOCTEST", 300L, null).bandwidth());
    }

    @Test
    void changes_the_mail_address() {
        modify("doctest", null, "new.mail@example.com");

        assertEquals("new.mail@example.com", users.stored(instance.id(), "doctest").mail().value());
        assertEquals(2_000, users.stored(instance.id(), "doctest").bandwidth().kbps());
    }

    @Test
    void leaves_the_user_as_it_is_when_nothing_is_asked_for() {
        assertEquals(ClientUserView.of(user), modify("doctest", null, ""));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 20_001})
    void rejects_a_bandwidth_outside_1_to_20000_kbps(long kbps) {
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> modify("doctest", kbps, null));
        assertEquals(2_000, users.stored(instance.id(), "doctest").bandwidth().kbps());
    }

    @Test
    void rejects_a_bandwidth_the_instances_policy_does_not_allow() {
        instances.update(instance.withBandwidthPolicy(BandwidthPolicy.ENGLISH_PAGE));

        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> modify("doctest", 2_001L, null));
    }

    @Test
    void rejects_an_invalid_mail_address() {
        assertRejected(EMAIL_INVALID, Subject.USER_MAIL, () -> modify("doctest", null, "not-a-mail"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_missing_name_as_empty(String userName) {
        assertRejected(NAME_EMPTY, Subject.USER_NAME, () -> modify(userName, 10L, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"doc", "_doctest", "doc test"})
    void rejects_an_invalid_name(String userName) {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> modify(userName, 10L, null));
    }

    @Test
    void checks_the_name_before_the_instance() {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> modifyClientUser.modify(
                new ModifyClientUserCommand(REGION, "sag-00000000000000000000", "doc", 10L, null)));
    }

    @Test
    void rejects_a_user_that_does_not_exist_and_an_unknown_instance_or_region() {
        assertRejected(USER_NOT_FOUND, Subject.USER_NAME, () -> modify("nobody1", 10L, null));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> modifyClientUser.modify(
                new ModifyClientUserCommand(REGION, "sag-00000000000000000000", "doctest", 10L, null)));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> modifyClientUser.modify(
                new ModifyClientUserCommand("cn-beijing", instance.id().value(), "doctest", 10L, null)));
    }
}

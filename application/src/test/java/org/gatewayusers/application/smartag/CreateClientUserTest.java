package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.BANDWIDTH_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_OUTSIDE_BLOCK;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_TAKEN;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.IP_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_WITHOUT_PASSWORD;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NO_FREE_CLIENT_IP;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_WITHOUT_NAME;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_OVER_LIMIT;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.ClientUserState;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagPasswordRules;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateSmartAccessGatewayClientUser, with every rule and error code of both vendor pages. */
class CreateClientUserTest {

    private static final String REGION = "cn-shanghai";
    private static final String MAIL = "username@example.com";
    private static final String PASSWORD = "duuf1234";

    private final SagInstance instance = anInstance().withBlock("10.0.0.0/24").withUserLimit(5).build();
    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance);
    private final InMemoryClientIps clientIps = new InMemoryClientIps(users);
    private final FakeClientPasswordHasher hasher = new FakeClientPasswordHasher();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final CreateClientUser createClientUser =
            new CreateClientUser(instances, users, clientIps, hasher, clock, new SplittableRandom(11));

    private CreateClientUserCommand command(String userName, String password, String mail, Long bandwidth,
            String clientIp) {
        return new CreateClientUserCommand(REGION, instance.id().value(), userName,
                password == null ? null : Password.of(password), mail, bandwidth, clientIp);
    }

    private CreatedClientUser create(String userName) {
        return createClientUser.create(command(userName, PASSWORD, MAIL, null, null));
    }

    private CreatedClientUser createOn(SagInstance on, String userName, String clientIp) {
        return createClientUser.create(new CreateClientUserCommand(REGION, on.id().value(), userName,
                Password.of(PASSWORD), MAIL, null, clientIp));
    }

    // Accepted

    @Test
    void answers_the_user_name_mail_address_bandwidth_and_client_address() {
        CreatedClientUser created = createClientUser.create(command("doctest", PASSWORD, MAIL, 20L, null));

        assertEquals(new ClientUserView("doctest", MAIL, 20, "10.0.0.2", 0, 0, 0), created.user());
        assertNull(created.generatedPassword());
        assertTrue(created.generated().isEmpty());
    }

    @Test
    void stores_an_enabled_user_with_the_hash_of_its_password_only() {
        create("doctest");

        ClientUser stored = users.stored(instance.id(), "doctest");
        assertEquals(ClientUserState.ENABLED, stored.state());
        assertEquals(FakeClientPasswordHasher.expectedFor(PASSWORD), stored.credential());
        assertFalse(stored.credential().value().contains(PASSWORD));
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), stored.createdAt());
        assertEquals(1, hasher.uses());
    }

    @Test
    void with_neither_name_nor_password_the_mail_address_becomes_the_name_and_the_password_is_generated_once() {
        CreatedClientUser created = createClientUser.create(command(null, null, MAIL, null, null));

        assertEquals(MAIL, created.user().userName());
        Password generated = created.generated().orElseThrow();
        assertDoesNotThrow(() -> SagPasswordRules.check(generated));
        assertEquals(FakeClientPasswordHasher.expectedFor(generated.reveal()),
                users.stored(instance.id(), MAIL).credential());
        assertFalse(created.user().toString().contains(generated.reveal()));
    }

    @Test
    void empty_name_and_password_are_absent_ones() {
        CreatedClientUser created = createClientUser.create(command("", "", MAIL, null, null));

        assertEquals(MAIL, created.user().userName());
        assertTrue(created.generated().isPresent());
    }

    // Bandwidth: optional, 1-20000 Kbps, default 2000 (the Chinese page); the instance's policy

    @Test
    void gives_the_default_bandwidth_of_2000_kbps_when_none_is_asked_for() {
        assertEquals(2_000, create("doctest").user().bandwidth());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2_000, 20_000})
    void accepts_1_to_20000_kbps(long kbps) {
        assertEquals(kbps, createClientUser.create(command("doctest", PASSWORD, MAIL, kbps, null)).user().bandwidth());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 20_001})
    void rejects_a_bandwidth_outside_1_to_20000_kbps(long kbps) {
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH,
                () -> createClientUser.create(command("doctest", PASSWORD, MAIL, kbps, null)));
        assertEquals(List.of(), users.all());
    }

    @Test
    void an_instance_pinned_to_the_english_page_refuses_more_than_2000_kbps() {
        SagInstance pinned = anInstance().withBandwidthPolicy(BandwidthPolicy.ENGLISH_PAGE).build();
        instances.add(pinned);

        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH, () -> createClientUser.create(new CreateClientUserCommand(
                REGION, pinned.id().value(), "doctest", Password.of(PASSWORD), MAIL, 2_001L, null)));
    }

    // ClientIp

    @Test
    void allocates_the_lowest_free_client_address_never_the_network_or_the_gateway() {
        assertEquals("10.0.0.2", create("user0001").user().clientIp());
        assertEquals("10.0.0.3", create("user0002").user().clientIp());
        assertFalse(users.stored(instance.id(), "user0001").staticIp());
    }

    @Test
    void reuses_an_address_freed_by_a_delete() {
        create("user0001");
        create("user0002");
        new DeleteClientUser(instances, users, clientIps).delete(REGION, instance.id().value(), "user0001");

        assertEquals("10.0.0.2", create("user0003").user().clientIp());
    }

    @Test
    void takes_the_address_a_user_asks_for_as_a_static_one() {
        CreatedClientUser created = createClientUser.create(command("doctest", PASSWORD, MAIL, null, "10.0.0.77"));

        assertEquals("10.0.0.77", created.user().clientIp());
        assertEquals(1, created.user().isStaticIp());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void in_static_ip_mode_a_user_must_name_its_address(String clientIp) {
        SagInstance staticIps = anInstance().inStaticIpMode().build();
        instances.add(staticIps);

        assertRejected(IP_EMPTY, Subject.CLIENT_IP, () -> createOn(staticIps, "doctest", clientIp));
        assertEquals("10.0.0.5", createOn(staticIps, "doctest", "10.0.0.5").user().clientIp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "10.0.0", "10.0.0.256", "fe80::1"})
    void rejects_an_address_that_is_not_a_private_ipv4_address(String clientIp) {
        assertRejected(IP_INVALID, Subject.CLIENT_IP, () -> createOn(instance, "doctest", clientIp));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.1.5", "192.168.0.5", "10.0.0.0", "10.0.0.1", "10.0.0.255"})
    void rejects_an_address_that_is_not_a_client_address_of_the_block(String clientIp) {
        assertRejected(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP, () -> createOn(instance, "doctest", clientIp));
    }

    @Test
    void rejects_an_address_another_user_holds() {
        createOn(instance, "user0001", "10.0.0.9");

        assertRejected(CLIENT_IP_TAKEN, Subject.CLIENT_IP, () -> createOn(instance, "user0002", "10.0.0.9"));
        assertEquals(1, users.all().size());
    }

    @Test
    void never_allocates_an_address_a_user_asked_for() {
        createOn(instance, "user0001", "10.0.0.2");

        assertEquals("10.0.0.3", create("user0002").user().clientIp());
    }

    @Test
    void rejects_a_user_when_the_block_is_full() {
        SagInstance tiny = anInstance().withBlock("10.9.9.0/30").withUserLimit(10).build();
        instances.add(tiny);
        assertEquals("10.9.9.2", createOn(tiny, "user0001", null).user().clientIp());

        assertRejected(NO_FREE_CLIENT_IP, Subject.CLIENT_IP, () -> createOn(tiny, "user0002", null));
    }

    // SAG.CidrEmpty, SAG.InstanceIdEmpty, SAG.InstanceNoFound, RegionId

    @Test
    void rejects_a_user_of_an_instance_without_a_block() {
        SagInstance withoutBlock = anInstance().withoutBlock().build();
        instances.add(withoutBlock);

        assertRejected(CIDR_EMPTY, Subject.INSTANCE, () -> createOn(withoutBlock, "doctest", null));
        assertEquals(0, hasher.uses());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void rejects_a_missing_instance_id_as_empty(String smartAgId) {
        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE, () -> createClientUser.create(new CreateClientUserCommand(
                REGION, smartAgId, "doctest", Password.of(PASSWORD), MAIL, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sag-00000000000000000000", "sag-nope!", "gw-000eg44nmxbsfwbvq2ab"})
    void rejects_an_instance_that_does_not_exist(String smartAgId) {
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> createClientUser.create(new CreateClientUserCommand(
                REGION, smartAgId, "doctest", Password.of(PASSWORD), MAIL, null, null)));
    }

    @Test
    void accepts_the_instance_id_in_upper_case() {
        createClientUser.create(new CreateClientUserCommand(REGION, instance.id().value().toUpperCase(), "doctest",
                Password.of(PASSWORD), MAIL, null, null));

        assertEquals(1, users.all().size());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"cn-hangzhou"})
    void rejects_a_region_that_is_not_the_instances(String region) {
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> createClientUser.create(new CreateClientUserCommand(
                region, instance.id().value(), "doctest", Password.of(PASSWORD), MAIL, null, null)));
    }

    // ClientUser.UserExist, ClientUser.UserOverLimit

    @ParameterizedTest
    @ValueSource(strings = {"doctest", "DOCTEST", "DocTest"})
    void rejects_a_name_that_exists_on_the_instance_in_any_case(String again) {
        create("doctest");

        assertRejected(USER_EXISTS, Subject.USER_NAME, () -> create(again));
        assertEquals(1, users.all().size());
        assertEquals(1, hasher.uses());
    }

    @Test
    void accepts_a_name_that_exists_only_on_another_instance() {
        SagInstance other = anInstance().build();
        instances.add(other);
        createOn(other, "doctest", null);

        create("doctest");

        assertEquals(2, users.all().size());
    }

    @Test
    void accepts_exactly_the_quota_of_users() {
        for (int i = 1; i <= 5; i++) {
            create("user000" + i);
        }

        assertRejected(USER_OVER_LIMIT, Subject.INSTANCE, () -> create("user0006"));
        assertEquals(5, users.all().size());
    }

    @Test
    void counts_the_users_there_against_the_quota() {
        SagInstance full = anInstance().withUserLimit(1).build();
        instances.add(full);
        users.add(aClientUser().of(full).named("already1").at("10.0.0.2").build());

        assertRejected(USER_OVER_LIMIT, Subject.INSTANCE, () -> createOn(full, "doctest", null));
    }

    @Test
    void holds_the_instance_to_count_the_user() {
        create("doctest");

        assertEquals(1, instances.holds());
    }

    // The request's own rules, in the page's order, before the instance is looked at

    static Stream<Arguments> requestsBreakingARule() {
        return Stream.of(
                Arguments.of("doctest", null, MAIL, NAME_WITHOUT_PASSWORD, Subject.PASSWORD),
                Arguments.of(null, PASSWORD, MAIL, PASSWORD_WITHOUT_NAME, Subject.USER_NAME),
                Arguments.of("doc", PASSWORD, MAIL, NAME_INVALID, Subject.USER_NAME),
                Arguments.of("_doctest", PASSWORD, MAIL, NAME_INVALID, Subject.USER_NAME),
                Arguments.of("doc test", PASSWORD, MAIL, NAME_INVALID, Subject.USER_NAME),
                Arguments.of("a".repeat(34), PASSWORD, MAIL, NAME_INVALID, Subject.USER_NAME),
                Arguments.of("doctest", PASSWORD, null, EMAIL_EMPTY, Subject.USER_MAIL),
                Arguments.of("doctest", PASSWORD, "", EMAIL_EMPTY, Subject.USER_MAIL),
                Arguments.of("doctest", PASSWORD, "username", EMAIL_INVALID, Subject.USER_MAIL),
                Arguments.of("doctest", PASSWORD, "user@", EMAIL_INVALID, Subject.USER_MAIL),
                Arguments.of("doctest", "duuf", MAIL, PASSWORD_INVALID, Subject.PASSWORD),
                Arguments.of("doctest", "-duuf1234", MAIL, PASSWORD_INVALID, Subject.PASSWORD),
                Arguments.of("doctest", "duuf.1234", MAIL, PASSWORD_INVALID, Subject.PASSWORD),
                Arguments.of("doctest", "d".repeat(33), MAIL, PASSWORD_INVALID, Subject.PASSWORD),
                Arguments.of(null, null, "a+b@example.com", NAME_INVALID, Subject.USER_MAIL),
                Arguments.of(null, null, null, EMAIL_EMPTY, Subject.USER_MAIL));
    }

    @ParameterizedTest(name = "{3} {0}/{1}/{2}")
    @MethodSource("requestsBreakingARule")
    void a_rejected_create_stores_nothing_and_hashes_nothing(String userName, String password, String mail,
            SmartagRejection.Reason reason, Subject subject) {
        assertRejected(reason, subject, () -> createClientUser.create(command(userName, password, mail, null, null)));

        assertEquals(List.of(), users.all());
        assertEquals(0, hasher.uses());
        assertEquals(0, instances.holds());
    }

    @Test
    void checks_the_request_before_looking_for_the_instance() {
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> createClientUser.create(new CreateClientUserCommand(
                REGION, "sag-00000000000000000000", "doc", Password.of(PASSWORD), MAIL, null, null)));
    }

    @Test
    void checks_the_instance_before_the_bandwidth_and_the_address() {
        SagInstance withoutBlock = anInstance().withoutBlock().build();
        instances.add(withoutBlock);

        assertRejected(CIDR_EMPTY, Subject.INSTANCE, () -> createClientUser.create(new CreateClientUserCommand(REGION,
                withoutBlock.id().value(), "doctest", Password.of(PASSWORD), MAIL, 0L, "8.8.8.8")));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> createClientUser.create(new CreateClientUserCommand(
                "cn-hangzhou", instance.id().value(), "doctest", Password.of(PASSWORD), MAIL, 0L, "8.8.8.8")));
    }

    @Test
    void checks_the_bandwidth_before_the_address() {
        assertRejected(BANDWIDTH_INVALID, Subject.BANDWIDTH,
                () -> createClientUser.create(command("doctest", PASSWORD, MAIL, 0L, "8.8.8.8")));
    }
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_PASSWORD;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HOLDS_NO_SMB_USERS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_PASSWORD;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.sgw.TaskWork;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateSmbUserTest {

    private static final String PASSWORD = "Secr3t!pw";

    private final Gateway gateway = aFileGateway().build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway);
    private final InMemorySmbUsers smbUsers = new InMemorySmbUsers();
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FakeCredentialHasher hasher = new FakeCredentialHasher();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final CreateSmbUser createSmbUser =
            new CreateSmbUser(gateways, smbUsers, tasks, hasher, clock, new SplittableRandom(11));

    private CreateSmbUserCommand command(String username, String password) {
        return new CreateSmbUserCommand(gateway.id().value(), username, password == null ? null : Password.of(password));
    }

    private SubmittedTask create(String username) {
        return createSmbUser.create(command(username, PASSWORD));
    }

    private void runAll() {
        RunNextTask worker = new RunNextTask(tasks, gateways, smbUsers, clock, "worker-1", Duration.ofMinutes(5));
        while (worker.runNext()) {
            clock.advance(Duration.ofSeconds(1));
        }
    }

    // Accepted: a task is recorded, the user comes when it runs

    @Test
    void answers_the_id_of_a_waiting_task() {
        SubmittedTask submitted = create("alex");

        assertTrue(submitted.taskId().matches("t-[0-9a-z]{20}"), submitted.taskId());
        Task task = tasks.stored(submitted.taskId());
        assertEquals(TaskState.INITIALIZED, task.state());
        assertEquals(0, task.progress());
        assertEquals(TaskKind.CREATE_SMB_USER, task.kind());
        assertEquals("CreateGatewaySMBUser", task.name());
        assertEquals(gateway.id(), task.gateway());
    }

    @Test
    void the_task_carries_the_user_name_and_the_hash_of_the_password() {
        Task task = tasks.stored(create("Alex_Smith").taskId());

        TaskWork.CreateSmbUser work = (TaskWork.CreateSmbUser) task.work();
        assertEquals(new SmbUserName("Alex_Smith"), work.username());
        assertEquals(FakeCredentialHasher.expectedFor(PASSWORD), work.credential());
    }

    @Test
    void hashes_the_password_once_at_once_and_keeps_no_password() {
        Task task = tasks.stored(create("alex").taskId());

        assertEquals(1, hasher.uses());
        assertFalse(task.work().toString().contains(PASSWORD), task.work().toString());
        assertFalse(((TaskWork.CreateSmbUser) task.work()).credential().value().contains(PASSWORD));
    }

    @Test
    void creates_no_user_before_the_task_runs() {
        create("alex");

        assertEquals(List.of(), smbUsers.all());
    }

    @Test
    void the_user_exists_once_the_task_has_run_with_the_hash_only() {
        String taskId = create("alex").taskId();

        runAll();

        SmbUser user = smbUsers.named(gateway.id(), new SmbUserName("alex")).orElseThrow();
        assertEquals(FakeCredentialHasher.expectedFor(PASSWORD), user.credential());
        assertEquals(TaskState.COMPLETED, tasks.stored(taskId).state());
        assertEquals(100, tasks.stored(taskId).progress());
    }

    @Test
    void stamps_the_task_with_the_clock() {
        Task task = tasks.stored(create("alex").taskId());

        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), task.createdAt());
        assertEquals(task.createdAt(), task.updatedAt());
    }

    @Test
    void numbers_the_tasks_of_a_gateway_in_submission_order() {
        Task first = tasks.stored(create("alex").taskId());
        Task second = tasks.stored(create("blake").taskId());

        assertEquals(1, first.sequence());
        assertEquals(2, second.sequence());
    }

    @Test
    void accepts_another_user_while_one_users_task_waits() {
        create("alex");
        create("blake");

        assertEquals(2, tasks.all().size());
    }

    @Test
    void accepts_a_gateway_id_in_upper_case() {
        createSmbUser.create(new CreateSmbUserCommand(gateway.id().value().toUpperCase(), "alex", Password.of(PASSWORD)));

        assertEquals(1, tasks.all().size());
    }

    // Rejected at once: the vendor page's error codes

    static Stream<Arguments> requestsBreakingARule() {
        return Stream.of(
                Arguments.of(null, PASSWORD, EMPTY_USERNAME, Subject.SMB_USER_NAME),
                Arguments.of("", PASSWORD, EMPTY_USERNAME, Subject.SMB_USER_NAME),
                Arguments.of("a".repeat(33), PASSWORD, INVALID_USERNAME, Subject.SMB_USER_NAME),
                Arguments.of("alex smith", PASSWORD, INVALID_USERNAME, Subject.SMB_USER_NAME),
                Arguments.of("alex.smith", PASSWORD, INVALID_USERNAME, Subject.SMB_USER_NAME),
                Arguments.of("alex", null, EMPTY_PASSWORD, Subject.SMB_PASSWORD),
                Arguments.of("alex", "", EMPTY_PASSWORD, Subject.SMB_PASSWORD),
                Arguments.of("alex", "pass word", INVALID_PASSWORD, Subject.SMB_PASSWORD),
                Arguments.of("alex", "pass-word", INVALID_PASSWORD, Subject.SMB_PASSWORD));
    }

    @ParameterizedTest(name = "{2} {0}/{1}")
    @MethodSource("requestsBreakingARule")
    void a_rejected_create_records_no_task_and_hashes_nothing(String username, String password,
            SgwRejection.Reason reason, Subject subject) {
        assertRejected(reason, subject, () -> createSmbUser.create(command(username, password)));

        assertEquals(List.of(), tasks.all());
        assertEquals(0, hasher.uses());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"gw-000eg44nmxbsfwbvq2ab", "gw-nope", "", "sb-000eg44nmxbsfwbvq2ab"})
    void rejects_a_gateway_that_does_not_exist(String gatewayId) {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY,
                () -> createSmbUser.create(new CreateSmbUserCommand(gatewayId, "alex", Password.of(PASSWORD))));
        assertEquals(List.of(), tasks.all());
        assertEquals(0, hasher.uses());
    }

    @Test
    void rejects_a_missing_gateway_id_as_a_gateway_that_does_not_exist() {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY,
                () -> createSmbUser.create(new CreateSmbUserCommand(null, "alex", Password.of(PASSWORD))));
    }

    @Test
    void checks_the_parameters_before_looking_for_the_gateway() {
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> createSmbUser.create(
                new CreateSmbUserCommand("gw-000eg44nmxbsfwbvq2ab", "alex smith", Password.of(PASSWORD))));
    }

    @Test
    void rejects_a_gateway_joined_to_active_directory() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToActiveDirectory().build());

        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY, () -> create("alex"));
        assertEquals(List.of(), tasks.all());
    }

    @Test
    void rejects_a_gateway_linked_to_ldap() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToLdap().build());

        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY, () -> create("alex"));
    }

    @Test
    void rejects_an_iscsi_gateway() {
        gateways.update(anIscsiGateway().withId(gateway.id().value()).build());

        assertRejected(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, Subject.GATEWAY, () -> create("alex"));
    }

    @ParameterizedTest
    @EnumSource(value = GatewayState.class, names = {"DELETING", "CHANGING_DIRECTORY"})
    void rejects_a_gateway_in_a_state_change_as_in_operation(GatewayState state) {
        gateways.update(aFileGateway().withId(gateway.id().value()).inState(state).build());

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> create("alex"));
        assertEquals(List.of(), tasks.all());
    }

    @Test
    void reports_the_directory_link_before_the_state_change() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToActiveDirectory()
                .inState(GatewayState.CHANGING_DIRECTORY).build());

        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY, () -> create("alex"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex", "ALEX", "Alex"})
    void rejects_a_user_whose_earlier_task_has_not_finished_as_in_operation(String again) {
        create("alex");

        assertRejected(GATEWAY_IN_OPERATION, Subject.SMB_USER_NAME, () -> create(again));
        assertEquals(1, tasks.all().size());
        assertEquals(1, hasher.uses());
    }

    @Test
    void rejects_a_user_with_a_delete_waiting_as_in_operation() {
        smbUsers.add(SmbUser.create(gateway, new SmbUserName("alex"), NT_HASH));
        tasks.add(aTask().on(gateway).deleting("alex").build());

        assertRejected(GATEWAY_IN_OPERATION, Subject.SMB_USER_NAME, () -> create("alex"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alex", "ALEX", "aLeX"})
    void rejects_a_user_that_exists_in_any_case(String again) {
        smbUsers.add(SmbUser.create(gateway, new SmbUserName("alex"), NT_HASH));

        assertRejected(USER_EXISTS, Subject.SMB_USER_NAME, () -> create(again));
        assertEquals(List.of(), tasks.all());
        assertEquals(0, hasher.uses());
    }

    @Test
    void accepts_a_name_that_exists_only_on_another_gateway() {
        Gateway other = aFileGateway().named("other").build();
        gateways.add(other);
        smbUsers.add(SmbUser.create(other, new SmbUserName("alex"), NT_HASH));

        create("alex");

        assertEquals(1, tasks.all().size());
    }

    @Test
    void accepts_the_user_again_once_its_earlier_task_has_finished() {
        create("alex");
        runAll();
        new DeleteSmbUser(gateways, smbUsers, tasks, clock, new SplittableRandom(5))
                .delete(gateway.id().value(), "alex");
        runAll();

        create("alex");

        assertEquals(3, tasks.all().size());
    }
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HOLDS_NO_SMB_USERS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_NOT_FOUND;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.sgw.TaskWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteSmbUserTest {

    private final Gateway gateway = aFileGateway().build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway);
    private final InMemorySmbUsers smbUsers =
            new InMemorySmbUsers(SmbUser.create(gateway, new SmbUserName("alex"), NT_HASH));
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final DeleteSmbUser deleteSmbUser = new DeleteSmbUser(gateways, smbUsers, tasks, clock, new SplittableRandom(3));

    private SubmittedTask delete(String username) {
        return deleteSmbUser.delete(gateway.id().value(), username);
    }

    @Test
    void answers_the_id_of_a_waiting_task_that_names_the_user() {
        Task task = tasks.stored(delete("alex").taskId());

        assertEquals(TaskState.INITIALIZED, task.state());
        assertEquals(TaskKind.DELETE_SMB_USER, task.kind());
        assertEquals("DeleteGatewaySMBUser", task.name());
        assertEquals(new TaskWork.DeleteSmbUser(new SmbUserName("alex")), task.work());
    }

    @Test
    void deletes_nothing_before_the_task_runs_and_the_user_once_it_has() {
        String taskId = delete("alex").taskId();
        assertEquals(List.of("alex"), smbUsers.namesOn(gateway.id()));

        new RunNextTask(tasks, gateways, smbUsers, clock, "worker-1", Duration.ofMinutes(1)).runNext();

        assertEquals(List.of(), smbUsers.namesOn(gateway.id()));
        assertEquals(TaskState.COMPLETED, tasks.stored(taskId).state());
    }

    @Test
    void finds_the_user_in_any_case() {
        Task task = tasks.stored(delete("ALEX").taskId());

        assertEquals(new TaskWork.DeleteSmbUser(new SmbUserName("ALEX")), task.work());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_an_empty_username(String username) {
        assertRejected(EMPTY_USERNAME, Subject.SMB_USER_NAME, () -> delete(username));
        assertEquals(List.of(), tasks.all());
    }

    @Test
    void rejects_an_invalid_username() {
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> delete("alex smith"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gw-000eg44nmxbsfwbvq2ab", "nope"})
    void rejects_a_gateway_that_does_not_exist(String gatewayId) {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> deleteSmbUser.delete(gatewayId, "alex"));
    }

    @Test
    void rejects_a_gateway_joined_to_a_directory() {
        gateways.update(aFileGateway().withId(gateway.id().value()).linkedToActiveDirectory().build());

        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY, () -> delete("alex"));
        assertEquals(List.of(), tasks.all());
    }

    @Test
    void rejects_an_iscsi_gateway() {
        gateways.update(anIscsiGateway().withId(gateway.id().value()).build());

        assertRejected(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, Subject.GATEWAY, () -> delete("alex"));
    }

    @ParameterizedTest
    @EnumSource(value = GatewayState.class, names = {"DELETING", "CHANGING_DIRECTORY"})
    void rejects_a_gateway_in_a_state_change_as_in_operation(GatewayState state) {
        gateways.update(aFileGateway().withId(gateway.id().value()).inState(state).build());

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> delete("alex"));
    }

    @Test
    void rejects_a_user_whose_delete_is_waiting_as_in_operation() {
        delete("alex");

        assertRejected(GATEWAY_IN_OPERATION, Subject.SMB_USER_NAME, () -> delete("Alex"));
        assertEquals(1, tasks.all().size());
    }

    @Test
    void rejects_a_user_whose_create_is_waiting_as_in_operation() {
        tasks.add(aTask().on(gateway).creating("blake").build());

        assertRejected(GATEWAY_IN_OPERATION, Subject.SMB_USER_NAME, () -> delete("blake"));
    }

    @Test
    void rejects_a_user_that_does_not_exist() {
        assertRejected(USER_NOT_FOUND, Subject.SMB_USER_NAME, () -> delete("blake"));
        assertEquals(List.of(), tasks.all());
    }

    @Test
    void rejects_a_user_of_another_gateway() {
        Gateway other = aFileGateway().named("other").build();
        gateways.add(other);

        assertRejected(USER_NOT_FOUND, Subject.SMB_USER_NAME, () -> deleteSmbUser.delete(other.id().value(), "alex"));
    }
}

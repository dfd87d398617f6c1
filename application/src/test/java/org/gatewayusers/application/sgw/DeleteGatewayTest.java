package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeleteGatewayTest {

    private final Gateway gateway = aFileGateway().build();
    private final Gateway otherGateway = aFileGateway().named("other").build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway, otherGateway);
    private final InMemorySmbUsers smbUsers = new InMemorySmbUsers(
            SmbUser.create(gateway, new SmbUserName("alex"), NT_HASH),
            SmbUser.create(gateway, new SmbUserName("blake"), NT_HASH),
            SmbUser.create(otherGateway, new SmbUserName("casey"), NT_HASH));
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final DeleteGateway deleteGateway = new DeleteGateway(gateways, tasks, clock, new SplittableRandom(4));
    private final RunNextTask worker = new RunNextTask(tasks, gateways, smbUsers, clock, "worker-1", Duration.ofMinutes(5));

    private SubmittedTask delete() {
        return deleteGateway.delete(gateway.id().value());
    }

    @Test
    void marks_the_gateway_as_being_deleted_at_once_and_answers_a_waiting_task() {
        Task task = tasks.stored(delete().taskId());

        assertEquals(GatewayState.DELETING, gateways.stored(gateway.id()).state());
        assertEquals(TaskKind.DELETE_GATEWAY, task.kind());
        assertEquals("DeleteGateway", task.name());
        assertEquals(TaskState.INITIALIZED, task.state());
        assertEquals(gateway.id(), task.gateway());
    }

    @Test
    void the_task_removes_the_gateway_and_its_users_and_nothing_else() {
        String taskId = delete().taskId();

        assertTrue(worker.runNext());

        assertTrue(gateways.withId(gateway.id()).isEmpty());
        assertEquals(List.of(), smbUsers.namesOn(gateway.id()));
        assertEquals(List.of("casey"), smbUsers.namesOn(otherGateway.id()));
        assertTrue(gateways.withId(otherGateway.id()).isPresent());
        assertEquals(TaskState.COMPLETED, tasks.stored(taskId).state());
    }

    @Test
    void user_tasks_submitted_before_run_before_the_deletion() {
        String create = new CreateSmbUser(gateways, smbUsers, tasks, new FakeCredentialHasher(), clock,
                new SplittableRandom(8)).create(new CreateSmbUserCommand(gateway.id().value(), "dana", Password.of("pw")))
                .taskId();
        String deletion = delete().taskId();

        worker.runNext();
        assertEquals(TaskState.COMPLETED, tasks.stored(create).state());
        assertEquals(List.of("alex", "blake", "dana"), smbUsers.namesOn(gateway.id()));
        worker.runNext();

        assertEquals(TaskState.COMPLETED, tasks.stored(deletion).state());
        assertEquals(List.of(), smbUsers.namesOn(gateway.id()));
    }

    @Test
    void deletes_an_iscsi_gateway_or_one_joined_to_a_directory() {
        gateways.update(anIscsiGateway().withId(gateway.id().value()).build());
        delete();
        gateways.update(aFileGateway().withId(otherGateway.id().value()).named("other").linkedToLdap().build());

        deleteGateway.delete(otherGateway.id().value());

        assertEquals(2, tasks.all().size());
    }

    @Test
    void rejects_a_gateway_that_does_not_exist() {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> deleteGateway.delete("gw-000eg44nmxbsfwbvq2ab"));
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> deleteGateway.delete(null));
    }

    @Test
    void rejects_a_second_deletion_as_in_operation() {
        delete();

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, this::delete);
        assertEquals(1, tasks.all().size());
    }

    @ParameterizedTest
    @EnumSource(value = GatewayState.class, names = {"DELETING", "CHANGING_DIRECTORY"})
    void rejects_a_gateway_in_a_state_change_as_in_operation(GatewayState state) {
        gateways.update(aFileGateway().withId(gateway.id().value()).inState(state).build());

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, this::delete);
        assertEquals(state, gateways.stored(gateway.id()).state());
    }

    @Test
    void a_deleted_gateway_is_not_found_by_later_requests() {
        delete();
        worker.runNext();

        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, this::delete);
    }
}

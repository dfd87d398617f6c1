package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.TASK_NOT_FOUND;
import static org.gatewayusers.domain.sgw.TaskBuilder.aTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.Task;
import org.junit.jupiter.api.Test;

/** DescribeTasks: the tasks of a gateway (TargetId), or the one a TaskId names, with vendor state codes. */
class ListTasksTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");

    private final Gateway gateway = aFileGateway().build();
    private final Gateway otherGateway = aFileGateway().named("other").build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway, otherGateway);
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final ListTasks listTasks = new ListTasks(gateways, tasks);

    private Task add(Task task) {
        tasks.add(task);
        return task;
    }

    private static List<String> ids(Page<TaskView> page) {
        return page.items().stream().map(TaskView::taskId).toList();
    }

    @Test
    void shows_each_state_with_its_code_and_message_key() {
        Task waiting = add(aTask().on(gateway).withSequence(1).build());
        Task running = add(aTask().on(gateway).withSequence(2).running("w", T0.plusSeconds(60)).build());
        Task completed = add(aTask().on(gateway).withSequence(3).completed().build());
        Task failed = add(aTask().on(gateway).withSequence(4).failedFor(SgwRejection.Reason.USER_EXISTS).build());

        List<TaskView> views = listTasks.list(gateway.id().value(), null, PageRequest.first()).items();

        assertEquals(List.of(failed.id().value(), completed.id().value(), running.id().value(), waiting.id().value()),
                views.stream().map(TaskView::taskId).toList());
        assertEquals(List.of("task.state.Failed", "task.state.completed", "task.state.Running", "task.state.Initialized"),
                views.stream().map(TaskView::stateCode).toList());
        assertEquals(List.of("task.error.UserExists", "task.state.completed", "task.state.Running",
                "task.state.Initialized"), views.stream().map(TaskView::messageKey).toList());
        assertEquals(SgwRejection.Reason.USER_EXISTS, views.get(0).failure());
        assertNull(views.get(1).failure());
        assertEquals(List.of(0, 100, 0, 0), views.stream().map(TaskView::progress).toList());
        assertEquals(List.of("task.stage.finished", "task.stage.finished", "task.stage.running", "task.stage.queued"),
                views.stream().map(TaskView::stageCode).toList());
        assertEquals(List.of("[\"" + gateway.id().value() + "\"]", "[]", "[]", "[]"),
                views.stream().map(TaskView::messageParams).toList());
    }

    @Test
    void shows_name_times_in_epoch_seconds_and_the_gateway_as_related_resource() {
        new CreateSmbUser(gateways, new InMemorySmbUsers(), tasks, new org.gatewayusers.application.shared.FakeCredentialHasher(),
                FixedClock.at(T0), new SplittableRandom(1)).create(new CreateSmbUserCommand(gateway.id().value(), "alex",
                        org.gatewayusers.domain.shared.Password.of("pw")));
        FixedClock later = FixedClock.at(T0.plusSeconds(42));
        new RunNextTask(tasks, gateways, new InMemorySmbUsers(), later, "w", Duration.ofMinutes(1)).runNext();

        TaskView view = listTasks.list(gateway.id().value(), "", PageRequest.first()).items().get(0);

        assertEquals("CreateGatewaySMBUser", view.name());
        assertEquals(T0.getEpochSecond(), view.createdTime());
        assertEquals(T0.getEpochSecond() + 42, view.updatedTime());
        assertEquals(gateway.id().value(), view.relatedResourceId());
        assertEquals("task.state.completed", view.stateCode());
        assertEquals(100, view.progress());
    }

    @Test
    void lists_only_the_tasks_of_the_target() {
        Task mine = add(aTask().on(gateway).build());
        add(aTask().on(otherGateway).build());

        Page<TaskView> page = listTasks.list(gateway.id().value(), null, PageRequest.first());

        assertEquals(List.of(mine.id().value()), ids(page));
        assertEquals(1, page.totalCount());
    }

    @Test
    void pages_newest_first() {
        for (int sequence = 1; sequence <= 12; sequence++) {
            add(aTask().on(gateway).withSequence(sequence).build());
        }

        Page<TaskView> second = listTasks.list(gateway.id().value(), null, PageRequest.of(2, 10));

        assertEquals(2, second.items().size());
        assertEquals(12, second.totalCount());
        assertEquals(2, second.pageNumber());
        assertEquals(10, second.pageSize());
        assertEquals(List.of(2L, 1L), second.items().stream()
                .map(view -> tasks.stored(view.taskId()).sequence()).toList());
    }

    @Test
    void shows_the_one_task_a_task_id_names() {
        add(aTask().on(gateway).withSequence(1).build());
        Task wanted = add(aTask().on(gateway).withSequence(2).build());

        Page<TaskView> page = listTasks.list(gateway.id().value(), wanted.id().value().toUpperCase(), PageRequest.first());

        assertEquals(List.of(wanted.id().value()), ids(page));
        assertEquals(1, page.totalCount());
    }

    @Test
    void rejects_a_task_id_of_another_gateway_or_none_at_all() {
        Task elsewhere = add(aTask().on(otherGateway).build());
        add(aTask().on(gateway).build());

        assertRejected(TASK_NOT_FOUND, Subject.TASK,
                () -> listTasks.list(gateway.id().value(), elsewhere.id().value(), PageRequest.first()));
        assertRejected(TASK_NOT_FOUND, Subject.TASK,
                () -> listTasks.list(gateway.id().value(), "t-000c6hshwukkbtxrb123", PageRequest.first()));
        assertRejected(TASK_NOT_FOUND, Subject.TASK, () -> listTasks.list(gateway.id().value(), "nope", PageRequest.first()));
    }

    @Test
    void lists_nothing_for_a_gateway_without_tasks() {
        Page<TaskView> page = listTasks.list(gateway.id().value(), null, PageRequest.first());

        assertEquals(List.of(), page.items());
        assertEquals(0, page.totalCount());
    }

    @Test
    void still_lists_the_tasks_of_a_deleted_gateway() {
        String deletion = new DeleteGateway(gateways, tasks, FixedClock.at(T0), new SplittableRandom(2))
                .delete(gateway.id().value()).taskId();
        new RunNextTask(tasks, gateways, new InMemorySmbUsers(), FixedClock.at(T0), "w", Duration.ofMinutes(1)).runNext();

        Page<TaskView> page = listTasks.list(gateway.id().value(), deletion, PageRequest.first());

        assertEquals("task.state.completed", page.items().get(0).stateCode());
        assertEquals("DeleteGateway", page.items().get(0).name());
    }

    @Test
    void rejects_a_target_that_is_neither_a_gateway_nor_has_tasks() {
        assertRejected(GATEWAY_NOT_FOUND, Subject.TASK_TARGET,
                () -> listTasks.list("gw-000eg44nmxbsfwbvq2ab", null, PageRequest.first()));
        assertRejected(GATEWAY_NOT_FOUND, Subject.TASK_TARGET, () -> listTasks.list(null, null, PageRequest.first()));
        assertRejected(GATEWAY_NOT_FOUND, Subject.TASK_TARGET, () -> listTasks.list("t-000c6hshwukkbtxrb123", null, PageRequest.first()));
    }
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.TASK_NOT_FOUND;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;

/**
 * Lists the tasks of a gateway, newest first, or the one a {@code TaskId} names: {@code DescribeTasks}. The tasks of a
 * deleted gateway stay listed (its DeleteGateway task among them); a target with neither gateway nor tasks is unknown.
 */
public final class ListTasks {

    private final Gateways gateways;
    private final Tasks tasks;

    public ListTasks(Gateways gateways, Tasks tasks) {
        this.gateways = gateways;
        this.tasks = tasks;
    }

    /** {@code taskId} null or empty lists every task of the target. */
    public Page<TaskView> list(String targetId, String taskId, PageRequest page) {
        GatewayId target = SgwLookups.gatewayId(targetId, Subject.TASK_TARGET);
        long count = tasks.countOfGateway(target);
        if (count == 0 && gateways.withId(target).isEmpty()) {
            throw new SgwRejection(GATEWAY_NOT_FOUND, Subject.TASK_TARGET);
        }
        if (taskId != null && !taskId.isEmpty()) {
            Task task = TaskId.parse(taskId).flatMap(tasks::withId)
                    .filter(found -> found.gateway().equals(target))
                    .orElseThrow(() -> new SgwRejection(TASK_NOT_FOUND, Subject.TASK));
            return Page.of(page, 1, page.isFirst() ? List.of(task) : List.of(), TaskView::of);
        }
        List<Task> onPage = page.beyondReach() ? List.of()
                : tasks.ofGateway(target, (int) page.offset(), page.pageSize());
        return Page.of(page, count, onPage, TaskView::of);
    }
}

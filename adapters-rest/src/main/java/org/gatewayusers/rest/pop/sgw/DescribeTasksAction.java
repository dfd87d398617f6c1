package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopPaging;
import static org.gatewayusers.rest.pop.PopPaging.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ListTasks;
import org.gatewayusers.application.sgw.TaskView;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeTasks}: the tasks of a gateway ({@code TargetId}), one or all, as {@code Tasks.SimpleTask[]}. */
@ApplicationScoped
public class DescribeTasksAction extends SgwAction {

    private static final String TARGET_ID = "TargetId";
    private static final String TASK_ID = "TaskId";

    @Inject
    ListTasks listTasks;

    @Override
    public String name() {
        return "DescribeTasks";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required(TARGET_ID), PopParameter.optional(TASK_ID), PopPaging.PAGE_NUMBER,
                PopPaging.PAGE_SIZE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return paged(listTasks.list(request.required(TARGET_ID),
                        request.optional(TASK_ID).filter(id -> !id.isEmpty()).orElse(null), page(request)),
                "Tasks", "SimpleTask", DescribeTasksAction::task);
    }

    private static PopResponse task(TaskView task) {
        return PopResponse.body()
                .with("TaskId", task.taskId())
                .with("Name", task.name())
                .with("StateCode", task.stateCode())
                .with("StageCode", task.stageCode())
                .with("Progress", task.progress())
                .with("MessageKey", task.messageKey())
                .with("MessageParams", task.messageParams())
                .with("CreatedTime", task.createdTime())
                .with("UpdatedTime", task.updatedTime())
                .with("RelatedResourceId", task.relatedResourceId());
    }
}

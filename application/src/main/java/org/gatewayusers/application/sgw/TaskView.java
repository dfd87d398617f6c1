package org.gatewayusers.application.sgw;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.Task;

/**
 * A task as {@code DescribeTasks} shows it. {@code stateCode} is {@code task.state.Initialized},
 * {@code task.state.Running}, {@code task.state.completed} or {@code task.state.Failed}; {@code messageKey} is the
 * state code too, except for a failed task: {@code task.error.} and its reason in upper camel case (such as
 * {@code task.error.UserExists}), the reason itself in {@code failure} (null unless failed). Times in epoch seconds;
 * {@code relatedResourceId} is the gateway. {@code stageCode} is {@code task.stage.queued}, {@code task.stage.running}
 * or {@code task.stage.finished}; {@code messageParams} are the parameters of the message, as a JSON array of strings:
 * the gateway for a failure, none otherwise.
 */
public record TaskView(String taskId, String name, String stateCode, int progress, String messageKey,
        long createdTime, long updatedTime, String relatedResourceId, SgwRejection.Reason failure, String stageCode,
        String messageParams) {

    public static final String FAILURE_KEY_PREFIX = "task.error.";

    static TaskView of(Task task) {
        return new TaskView(task.id().value(), task.name(), task.state().code(), task.progress(), messageKey(task),
                task.createdAt().getEpochSecond(), task.updatedAt().getEpochSecond(), task.gateway().value(),
                task.failure().orElse(null), task.state().stageCode(),
                task.failure().isPresent() ? "[\"" + task.gateway().value() + "\"]" : "[]");
    }

    static String messageKey(Task task) {
        return task.failure().map(TaskView::failureKey).orElse(task.state().code());
    }

    /** {@code USER_EXISTS} becomes {@code task.error.UserExists}. */
    public static String failureKey(SgwRejection.Reason reason) {
        return FAILURE_KEY_PREFIX + Arrays.stream(reason.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}

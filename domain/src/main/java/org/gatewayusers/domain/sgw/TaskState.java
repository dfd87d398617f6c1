package org.gatewayusers.domain.sgw;

/**
 * Where a task is: {@code INITIALIZED -> RUNNING -> COMPLETED | FAILED}; a task left {@code RUNNING} by a worker
 * whose lease ran out goes back to {@code INITIALIZED}. Each state has the code that {@code DescribeTasks} shows.
 */
public enum TaskState {
    INITIALIZED("task.state.Initialized", "task.stage.queued"),
    RUNNING("task.state.Running", "task.stage.running"),
    COMPLETED("task.state.completed", "task.stage.finished"),
    FAILED("task.state.Failed", "task.stage.finished");

    private final String code;
    private final String stageCode;

    TaskState(String code, String stageCode) {
        this.code = code;
        this.stageCode = stageCode;
    }

    /** The stage {@code DescribeTasks} shows as {@code StageCode}: queued, running or finished. */
    public String stageCode() {
        return stageCode;
    }

    /** {@code task.state.Initialized}, {@code task.state.Running}, {@code task.state.completed}, {@code task.state.Failed}. */
    public String code() {
        return code;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}

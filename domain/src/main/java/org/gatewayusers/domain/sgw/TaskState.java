package org.gatewayusers.domain.sgw;

/**
 * Where a task is: {@code INITIALIZED -> RUNNING -> COMPLETED | FAILED}; a task left {@code RUNNING} by a worker
 * whose lease ran out goes back to {@code INITIALIZED}. Each state has the code that {@code DescribeTasks} shows.
 */
public enum TaskState {
    INITIALIZED("task.state.Initialized"),
    RUNNING("task.state.Running"),
    COMPLETED("task.state.completed"),
    FAILED("task.state.Failed");

    private final String code;

    TaskState(String code) {
        this.code = code;
    }

    /** {@code task.state.Initialized}, {@code task.state.Running}, {@code task.state.completed}, {@code task.state.Failed}. */
    public String code() {
        return code;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}

package org.gatewayusers.application.sgw;

/** What an asynchronous call answers at once: the id of the task that will do the work ({@code TaskId}). */
public record SubmittedTask(String taskId) {
}

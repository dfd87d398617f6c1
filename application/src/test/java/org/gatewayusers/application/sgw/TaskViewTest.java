package org.gatewayusers.application.sgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.TaskBuilder;
import org.junit.jupiter.api.Test;

class TaskViewTest {

    @Test
    void names_a_failure_by_its_reason_in_upper_camel_case() {
        assertEquals("task.error.UserExists", TaskView.failureKey(SgwRejection.Reason.USER_EXISTS));
        assertEquals("task.error.GatewayNotFound", TaskView.failureKey(SgwRejection.Reason.GATEWAY_NOT_FOUND));
        assertEquals("task.error.GatewayLinkedToDirectory",
                TaskView.failureKey(SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY));
    }

    @Test
    void gives_every_reason_a_key_of_its_own() {
        assertEquals(SgwRejection.Reason.values().length,
                Arrays.stream(SgwRejection.Reason.values()).map(TaskView::failureKey).distinct().count());
    }

    @Test
    void shows_no_credential_of_the_task() {
        TaskView view = TaskView.of(TaskBuilder.aTask().creating("alex").build());

        assertFalse(view.toString().contains(TaskBuilder.NT_HASH.value()), view.toString());
        assertTrue(view.toString().contains("CreateGatewaySMBUser"));
    }
}

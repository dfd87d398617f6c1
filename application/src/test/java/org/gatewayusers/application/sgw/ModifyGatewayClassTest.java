package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_NOT_RAISED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_ID_EMPTY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.GatewayPlan;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskState;
import org.junit.jupiter.api.Test;

/** ModifyGatewayClass: a running cloud gateway's class is raised at once; a task makes it run again. */
class ModifyGatewayClassTest {

    private final Gateway gateway = aFileGateway().withPlan(new GatewayPlan(GatewayClass.STANDARD, true, null, null, false))
            .build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway);
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final ModifyGatewayClass modifyGatewayClass = new ModifyGatewayClass(gateways, tasks, clock,
            new SplittableRandom(9));
    private final RunNextTask worker = new RunNextTask(tasks, gateways, new InMemorySmbUsers(), clock, "worker-1",
            Duration.ofMinutes(5));

    @Test
    void raises_the_class_at_once_and_runs_again_when_the_task_completes() {
        Task task = tasks.stored(modifyGatewayClass.modify(gateway.id().value(), "Enhanced").taskId());

        assertEquals(GatewayState.CHANGING_CLASS, gateways.stored(gateway.id()).state());
        assertEquals(GatewayClass.ENHANCED, gateways.stored(gateway.id()).plan().gatewayClass());
        assertEquals(TaskKind.CHANGE_GATEWAY_CLASS, task.kind());
        assertEquals("ModifyGatewayClass", task.name());
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> modifyGatewayClass.modify(gateway.id().value(), "Advanced"));

        assertTrue(worker.runNext());

        assertEquals(TaskState.COMPLETED, tasks.stored(task.id().value()).state());
        assertEquals(GatewayState.RUNNING, gateways.stored(gateway.id()).state());
    }

    @Test
    void refuses_a_lower_unknown_or_missing_class_and_what_names_no_gateway_and_changes_nothing() {
        assertRejected(GATEWAY_CLASS_NOT_RAISED, Subject.GATEWAY_CLASS, () -> modifyGatewayClass.modify(gateway.id().value(), "Basic"));
        assertRejected(GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS, () -> modifyGatewayClass.modify(gateway.id().value(), "Huge"));
        assertRejected(GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS, () -> modifyGatewayClass.modify(gateway.id().value(), null));
        assertRejected(GATEWAY_ID_EMPTY, Subject.GATEWAY, () -> modifyGatewayClass.modify("", "Advanced"));
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> modifyGatewayClass.modify("gw-00000000000000000000", "Advanced"));

        assertEquals(GatewayState.RUNNING, gateways.stored(gateway.id()).state());
        assertEquals(GatewayClass.STANDARD, gateways.stored(gateway.id()).plan().gatewayClass());
        assertEquals(0, tasks.all().size());
    }
}

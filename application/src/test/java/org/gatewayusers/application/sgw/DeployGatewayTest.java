package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_ALREADY_DEPLOYED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_ID_EMPTY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_DEPLOYABLE;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_DEPLOYED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskKind;
import org.gatewayusers.domain.sgw.TaskState;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;

/** DeployGateway: a pay-as-you-go cloud file gateway goes from Initialized, through a task, to Running. */
class DeployGatewayTest {

    private final Gateway waiting = aFileGateway().waitingToBeDeployed().build();
    private final Gateway running = aFileGateway().named("running").build();
    private final InMemoryGateways gateways = new InMemoryGateways(waiting, running);
    private final InMemorySmbUsers smbUsers = new InMemorySmbUsers();
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final FixedClock clock = FixedClock.at("2025-03-04T05:06:07Z");
    private final DeployGateway deployGateway = new DeployGateway(gateways, tasks, clock, new SplittableRandom(7));
    private final CreateSmbUser createSmbUser = new CreateSmbUser(gateways, smbUsers, tasks, new FakeCredentialHasher(),
            clock, new SplittableRandom(8));
    private final RunNextTask worker = new RunNextTask(tasks, gateways, smbUsers, clock, "worker-1", Duration.ofMinutes(5));

    private String createUser() {
        return createSmbUser.create(new CreateSmbUserCommand(waiting.id().value(), "alex", Password.of("Secr3t!")))
                .taskId();
    }

    @Test
    void the_gateway_is_deploying_at_once_of_the_class_asked_for_and_runs_when_the_task_completes() {
        Task task = tasks.stored(deployGateway.deploy(waiting.id().value(), "Advanced").taskId());

        assertEquals(GatewayState.DEPLOYING, gateways.stored(waiting.id()).state());
        assertEquals(GatewayClass.ADVANCED, gateways.stored(waiting.id()).plan().gatewayClass());
        assertEquals(TaskKind.DEPLOY_GATEWAY, task.kind());
        assertEquals("DeployGateway", task.name());

        assertTrue(worker.runNext());

        assertEquals(TaskState.COMPLETED, tasks.stored(task.id().value()).state());
        assertEquals(GatewayState.RUNNING, gateways.stored(waiting.id()).state());
        assertEquals(GatewayClass.ADVANCED, gateways.stored(waiting.id()).plan().gatewayClass());
    }

    @Test
    void users_wait_for_the_deployment() {
        assertRejected(GATEWAY_NOT_DEPLOYED, Subject.GATEWAY, this::createUser);
        deployGateway.deploy(waiting.id().value(), null);
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, this::createUser);

        worker.runNext();
        String taskId = createUser();
        worker.runNext();

        assertEquals(TaskState.COMPLETED, tasks.stored(taskId).state());
        assertEquals(GatewayClass.BASIC, gateways.stored(waiting.id()).plan().gatewayClass());
    }

    @Test
    void a_gateway_is_deployed_once() {
        deployGateway.deploy(waiting.id().value(), null);

        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> deployGateway.deploy(waiting.id().value(), null));
        worker.runNext();
        assertRejected(GATEWAY_ALREADY_DEPLOYED, Subject.GATEWAY, () -> deployGateway.deploy(waiting.id().value(), null));
    }

    @Test
    void refuses_what_is_not_a_waiting_pay_as_you_go_cloud_file_gateway_and_changes_nothing() {
        assertRejected(GATEWAY_NOT_DEPLOYABLE, Subject.GATEWAY, () -> deployGateway.deploy(running.id().value(), null));
        assertRejected(GATEWAY_ID_EMPTY, Subject.GATEWAY, () -> deployGateway.deploy("", null));
        assertRejected(GATEWAY_ID_EMPTY, Subject.GATEWAY, () -> deployGateway.deploy(null, null));
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> deployGateway.deploy("gw-00000000000000000000", null));
        assertRejected(GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS, () -> deployGateway.deploy(waiting.id().value(), "Huge"));

        assertEquals(GatewayState.INITIALIZED, gateways.stored(waiting.id()).state());
        assertEquals(GatewayState.RUNNING, gateways.stored(running.id()).state());
        assertEquals(0, tasks.all().size());
    }
}

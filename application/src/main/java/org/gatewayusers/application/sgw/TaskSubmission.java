package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_ID_EMPTY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.Task;
import org.gatewayusers.domain.sgw.TaskId;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * How an asynchronous call becomes a task. The gateway's next task sequence is taken first: it holds the gateway, so
 * the gateway read after it, and every check made on it, sees all earlier submissions on that gateway.
 */
final class TaskSubmission {

    /** A gateway read under its hold, and the sequence number its next task gets. */
    record HeldGateway(Gateway gateway, long sequence) {
    }

    private final Gateways gateways;
    private final Tasks tasks;
    private final Clock clock;
    private final RandomGenerator random;

    TaskSubmission(Gateways gateways, Tasks tasks, Clock clock, RandomGenerator random) {
        this.gateways = gateways;
        this.tasks = tasks;
        this.clock = clock;
        this.random = random;
    }

    /** {@link #hold}, for an action whose page gives an absent or empty id a code of its own ({@code EmptyGatewayId}). */
    HeldGateway holdNamed(String rawGatewayId) {
        if (rawGatewayId == null || rawGatewayId.isBlank()) {
            throw new SgwRejection(GATEWAY_ID_EMPTY, Subject.GATEWAY);
        }
        return hold(rawGatewayId);
    }

    HeldGateway hold(String rawGatewayId) {
        GatewayId id = SgwLookups.gatewayId(rawGatewayId, Subject.GATEWAY);
        long sequence = gateways.nextTaskSequence(id)
                .orElseThrow(() -> new SgwRejection(GATEWAY_NOT_FOUND, Subject.GATEWAY));
        Gateway gateway = gateways.withId(id)
                .orElseThrow(() -> new SgwRejection(GATEWAY_NOT_FOUND, Subject.GATEWAY));
        return new HeldGateway(gateway, sequence);
    }

    SubmittedTask submit(HeldGateway held, TaskWork work) {
        Task task = Task.submit(TaskId.random(random), held.gateway().id(), held.sequence(), work, clock.now());
        tasks.add(task);
        return new SubmittedTask(task.id().value());
    }
}

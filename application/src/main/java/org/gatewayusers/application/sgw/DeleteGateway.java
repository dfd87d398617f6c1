package org.gatewayusers.application.sgw;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * Asks for a gateway to be deleted: {@code DeleteGateway}. The gateway is marked as being deleted at once (it takes no
 * more work); a task removes its users and then the gateway, after the tasks submitted before it.
 */
public final class DeleteGateway {

    private final TaskSubmission submission;
    private final Gateways gateways;

    public DeleteGateway(Gateways gateways, Tasks tasks, Clock clock, RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.gateways = gateways;
    }

    public SubmittedTask delete(String gatewayId) {
        TaskSubmission.HeldGateway held = submission.hold(gatewayId);
        Gateway deleting = held.gateway().beginDeletion();
        gateways.update(deleting);
        return submission.submit(held, new TaskWork.DeleteGateway());
    }
}

package org.gatewayusers.application.sgw;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * Deploys a pay-as-you-go file gateway in the cloud: {@code DeployGateway} ({@code GatewayId}, {@code GatewayClass}
 * optional). The gateway is {@code Deploying} at once, of the class asked for; a task, after those submitted before
 * it, makes it {@code Running}.
 */
public final class DeployGateway {

    private final TaskSubmission submission;
    private final Gateways gateways;

    public DeployGateway(Gateways gateways, Tasks tasks, Clock clock, RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.gateways = gateways;
    }

    public SubmittedTask deploy(String gatewayId, String gatewayClass) {
        GatewayClass asked = GatewayClass.parseOptional(gatewayClass).orElse(null);
        TaskSubmission.HeldGateway held = submission.holdNamed(gatewayId);
        gateways.update(held.gateway().beginDeployment(asked));
        return submission.submit(held, new TaskWork.DeployGateway());
    }
}

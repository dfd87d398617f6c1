package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_INVALID;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.TaskWork;

/**
 * Raises a cloud gateway's class: {@code ModifyGatewayClass} ({@code GatewayId}, {@code GatewayClass}), as Terraform's
 * {@code alicloud} provider sends it when {@code gateway_class} changes. The gateway is of the new class and
 * {@code Modifying} at once; a task, after those submitted before it, makes it {@code Running} again.
 */
public final class ModifyGatewayClass {

    private final TaskSubmission submission;
    private final Gateways gateways;

    public ModifyGatewayClass(Gateways gateways, Tasks tasks, Clock clock, RandomGenerator random) {
        this.submission = new TaskSubmission(gateways, tasks, clock, random);
        this.gateways = gateways;
    }

    public SubmittedTask modify(String gatewayId, String gatewayClass) {
        GatewayClass raised = GatewayClass.parseOptional(gatewayClass)
                .orElseThrow(() -> new SgwRejection(GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS));
        TaskSubmission.HeldGateway held = submission.holdNamed(gatewayId);
        gateways.update(held.gateway().beginClassChange(raised));
        return submission.submit(held, new TaskWork.ChangeGatewayClass());
    }
}

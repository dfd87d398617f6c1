package org.gatewayusers.rest.pop.sgw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.DeployGateway;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;

/**
 * {@code DeployGateway}: {@code GatewayId} (absent or empty: the page's {@code EmptyGatewayId}), {@code GatewayClass}
 * optional; returns the {@code TaskId}. The gateway is {@code Deploying} at once and {@code Running} when the task
 * completes.
 */
@ApplicationScoped
public class DeployGatewayAction extends SgwAction {

    @Inject
    DeployGateway deployGateway;

    @Override
    public String name() {
        return "DeployGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.optional("GatewayClass"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return task(deployGateway.deploy(request.optional("GatewayId").orElse(null),
                request.optional("GatewayClass").orElse(null)).taskId());
    }
}

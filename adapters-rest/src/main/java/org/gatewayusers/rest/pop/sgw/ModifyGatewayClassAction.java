package org.gatewayusers.rest.pop.sgw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ModifyGatewayClass;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;

/**
 * {@code ModifyGatewayClass}: {@code GatewayId}, {@code GatewayClass}; returns the {@code TaskId}. The gateway is
 * {@code Modifying} at once, of the new class, and {@code Running} when the task completes.
 */
@ApplicationScoped
public class ModifyGatewayClassAction extends SgwAction {

    @Inject
    ModifyGatewayClass modifyGatewayClass;

    @Override
    public String name() {
        return "ModifyGatewayClass";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.required("GatewayClass"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return task(modifyGatewayClass.modify(request.optional("GatewayId").orElse(null),
                request.optional("GatewayClass").orElse(null)).taskId());
    }
}

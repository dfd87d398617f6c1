package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.DeleteGateway;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DeleteGateway}: returns the {@code TaskId}; the gateway and its users are gone when it completes. */
@ApplicationScoped
public class DeleteGatewayAction extends SgwAction {

    @Inject
    DeleteGateway deleteGateway;

    @Override
    public String name() {
        return "DeleteGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return task(deleteGateway.delete(request.required("GatewayId")).taskId());
    }
}

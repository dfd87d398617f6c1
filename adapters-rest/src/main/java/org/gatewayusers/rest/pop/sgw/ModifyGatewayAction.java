package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ModifyGateway;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code ModifyGateway}: {@code GatewayId}, {@code Name}, {@code Description}; answers {@code GatewayId} and success. */
@ApplicationScoped
public class ModifyGatewayAction extends SgwAction {

    @Inject
    ModifyGateway modifyGateway;

    @Override
    public String name() {
        return "ModifyGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.optional("Name"), PopParameter.optional("Description"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var gateway = modifyGateway.modify(request.required("GatewayId"), request.optional("Name").orElse(null),
                request.optional("Description").orElse(null));
        return PopResponse.body().with("GatewayId", gateway.gatewayId()).successful();
    }
}

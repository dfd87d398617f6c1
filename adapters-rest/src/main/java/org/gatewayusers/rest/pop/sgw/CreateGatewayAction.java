package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.CreateGateway;
import org.gatewayusers.application.sgw.CreateGatewayCommand;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code CreateGateway}: a gateway in a storage bundle; returns its {@code GatewayId}. */
@ApplicationScoped
public class CreateGatewayAction extends SgwAction {

    @Inject
    CreateGateway createGateway;

    @Override
    public String name() {
        return "CreateGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleId"), PopParameter.required("Name"), PopParameter.required("Type"), PopParameter.required("Location"), PopParameter.optional("Description"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var gateway = createGateway.create(new CreateGatewayCommand(request.required("StorageBundleId"),
                request.optional("Name").orElse(null), request.optional("Type").orElse(null),
                request.optional("Location").orElse(null), request.optional("Description").orElse(null)));
        return PopResponse.body().with("GatewayId", gateway.gatewayId()).successful();
    }
}

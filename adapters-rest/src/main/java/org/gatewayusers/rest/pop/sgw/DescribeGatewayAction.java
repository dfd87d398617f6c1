package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.GetGateway;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeGateway} (singular, as Terraform reads a gateway): the gateway's fields at the top of the answer. */
@ApplicationScoped
public class DescribeGatewayAction extends SgwAction {

    @Inject
    GetGateway getGateway;

    @Override
    public String name() {
        return "DescribeGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return StorageBundleJson.gateway(getGateway.get(request.required("GatewayId"))).successful();
    }
}

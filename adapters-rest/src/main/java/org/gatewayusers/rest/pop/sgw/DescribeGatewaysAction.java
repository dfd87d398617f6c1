package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopPaging;
import static org.gatewayusers.rest.pop.PopPaging.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ListGateways;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeGateways}: the gateways of a storage bundle, {@code Gateways.Gateway[]}, paged. */
@ApplicationScoped
public class DescribeGatewaysAction extends SgwAction {

    @Inject
    ListGateways listGateways;

    @Override
    public String name() {
        return "DescribeGateways";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleId"), PopPaging.PAGE_NUMBER, PopPaging.PAGE_SIZE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return paged(listGateways.list(request.required("StorageBundleId"), page(request)), "Gateways", "Gateway",
                StorageBundleJson::gateway);
    }
}

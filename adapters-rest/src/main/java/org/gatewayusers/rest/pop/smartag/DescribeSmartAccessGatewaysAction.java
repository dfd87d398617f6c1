package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopPaging;
import static org.gatewayusers.rest.pop.PopPaging.page;
import static org.gatewayusers.rest.pop.PopPaging.paged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.ListSagInstances;

/** {@code DescribeSmartAccessGateways}: {@code SmartAccessGateways.SmartAccessGateway[]}, paged. */
@ApplicationScoped
public class DescribeSmartAccessGatewaysAction extends SmartagAction {

    @Inject
    ListSagInstances listSagInstances;

    @Override
    public String name() {
        return "DescribeSmartAccessGateways";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, PopParameter.optional("SmartAGId"), PopPaging.PAGE_NUMBER, PopPaging.PAGE_SIZE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return paged(listSagInstances.list(region(request), request.optional("SmartAGId").filter(id -> !id.isEmpty()).orElse(null),
                page(request)), "SmartAccessGateways", "SmartAccessGateway", SmartagAction::instance);
    }
}

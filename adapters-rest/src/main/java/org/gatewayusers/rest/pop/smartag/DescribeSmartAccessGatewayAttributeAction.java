package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.GetSagInstance;

/** {@code DescribeSmartAccessGatewayAttribute}: one app instance. */
@ApplicationScoped
public class DescribeSmartAccessGatewayAttributeAction extends SmartagAction {

    @Inject
    GetSagInstance getSagInstance;

    @Override
    public String name() {
        return "DescribeSmartAccessGatewayAttribute";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return instance(getSagInstance.get(region(request), instance(request)));
    }
}

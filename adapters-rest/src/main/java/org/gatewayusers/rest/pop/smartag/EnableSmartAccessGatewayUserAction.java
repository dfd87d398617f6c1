package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.EnableClientUser;

/** {@code EnableSmartAccessGatewayUser}: {@code State} 0. */
@ApplicationScoped
public class EnableSmartAccessGatewayUserAction extends SmartagAction {

    @Inject
    EnableClientUser enableClientUser;

    @Override
    public String name() {
        return "EnableSmartAccessGatewayUser";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.required("UserName"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return user(enableClientUser.enable(region(request), instance(request), request.optional("UserName").orElse(null)));
    }
}

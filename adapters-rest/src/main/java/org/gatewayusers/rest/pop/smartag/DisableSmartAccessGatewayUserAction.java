package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.DisableClientUser;

/** {@code DisableSmartAccessGatewayUser}: {@code State} 1. */
@ApplicationScoped
public class DisableSmartAccessGatewayUserAction extends SmartagAction {

    @Inject
    DisableClientUser disableClientUser;

    @Override
    public String name() {
        return "DisableSmartAccessGatewayUser";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.required("UserName"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return user(disableClientUser.disable(region(request), instance(request), request.optional("UserName").orElse(null)));
    }
}

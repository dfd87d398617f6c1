package org.gatewayusers.rest.pop.smartag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.DeleteClientUser;

/** {@code DeleteSmartAccessGatewayClientUser}: the user goes, and its client address is free again. */
@ApplicationScoped
public class DeleteSmartAccessGatewayClientUserAction extends SmartagAction {

    @Inject
    DeleteClientUser deleteClientUser;

    @Override
    public String name() {
        return "DeleteSmartAccessGatewayClientUser";
    }

    @Override
    public PopResponse handle(PopRequest request) {
        deleteClientUser.delete(region(request), instance(request), request.optional("UserName").orElse(null));
        return PopResponse.body();
    }
}

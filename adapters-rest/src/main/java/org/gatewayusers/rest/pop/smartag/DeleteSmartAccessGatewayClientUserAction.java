package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
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
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.required("UserName"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        deleteClientUser.delete(region(request), instance(request), request.optional("UserName").orElse(null));
        return PopResponse.body();
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.DeleteSmbUser;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DeleteGatewaySMBUser}: returns the {@code TaskId}; the user is gone when the task completes. */
@ApplicationScoped
public class DeleteGatewaySMBUserAction extends SgwAction {

    @Inject
    DeleteSmbUser deleteSmbUser;

    @Override
    public String name() {
        return "DeleteGatewaySMBUser";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.required("Username"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return task(deleteSmbUser.delete(request.required("GatewayId"), request.optional("Username").orElse(null)).taskId());
    }
}

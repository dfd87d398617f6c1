package org.gatewayusers.rest.pop.smartag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.smartag.DeleteSagInstance;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;

/**
 * {@code DeleteSmartAccessGateway}: {@code InstanceId} (required: absent is {@code MissingParameter}, as the vendor's
 * page documents) and an optional {@code RegionId}, as the Go SDK's {@code delete_smart_access_gateway.go} sends them;
 * answers only the {@code RequestId}.
 */
@ApplicationScoped
public class DeleteSmartAccessGatewayAction extends SmartagAction {

    @Inject
    DeleteSagInstance deleteSagInstance;

    @Override
    public String name() {
        return "DeleteSmartAccessGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.optional(REGION.name()), PopParameter.required("InstanceId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        deleteSagInstance.delete(region(request), request.required("InstanceId"));
        return PopResponse.body();
    }
}

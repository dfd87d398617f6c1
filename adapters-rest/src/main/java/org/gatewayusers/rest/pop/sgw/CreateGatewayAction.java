package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.CreateGateway;
import org.gatewayusers.application.sgw.CreateGatewayCommand;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/**
 * {@code CreateGateway}: a gateway in a storage bundle; returns its {@code GatewayId}. Besides the gateway's name,
 * type, location and description it takes what Terraform's {@code alicloud} provider sends
 * ({@code resource_alicloud_cloud_storage_gateway_gateway.go}): {@code GatewayClass}, {@code PostPaid},
 * {@code VSwitchId}, {@code PublicNetworkBandwidth}, {@code ReleaseAfterExpiration}.
 */
@ApplicationScoped
public class CreateGatewayAction extends SgwAction {

    @Inject
    CreateGateway createGateway;

    @Override
    public String name() {
        return "CreateGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleId"), PopParameter.required("Name"), PopParameter.required("Type"), PopParameter.required("Location"), PopParameter.optional("Description"),
                PopParameter.optional("GatewayClass"), PopParameter.optional("PostPaid").bool(), PopParameter.optional("VSwitchId"),
                PopParameter.optional("PublicNetworkBandwidth").integer(), PopParameter.optional("ReleaseAfterExpiration").bool());
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var gateway = createGateway.create(new CreateGatewayCommand(request.required("StorageBundleId"),
                request.optional("Name").orElse(null), request.optional("Type").orElse(null),
                request.optional("Location").orElse(null), request.optional("Description").orElse(null),
                request.optional("GatewayClass").orElse(null), request.optionalBool("PostPaid"),
                request.optional("VSwitchId").orElse(null),
                request.optionalInteger("PublicNetworkBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE),
                request.optionalBool("ReleaseAfterExpiration")));
        return PopResponse.body().with("GatewayId", gateway.gatewayId()).successful();
    }
}

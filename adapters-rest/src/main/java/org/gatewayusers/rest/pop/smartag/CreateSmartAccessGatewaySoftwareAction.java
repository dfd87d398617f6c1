package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.CreateSagInstance;
import org.gatewayusers.application.smartag.CreateSagInstanceCommand;

/**
 * {@code CreateSmartAccessGatewaySoftware}: an app instance with {@code UserCount} client accounts. Beyond the
 * vendor's parameters it takes the instance's client settings: {@code CidrBlock}, {@code StaticIpMode},
 * {@code MinBandwidth}, {@code MaxBandwidth}, {@code DefaultBandwidth}.
 */
@ApplicationScoped
public class CreateSmartAccessGatewaySoftwareAction extends SmartagAction {

    @Inject
    CreateSagInstance createSagInstance;

    @Override
    public String name() {
        return "CreateSmartAccessGatewaySoftware";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, PopParameter.required("UserCount").integer(), PopParameter.optional("CidrBlock"), PopParameter.optional("StaticIpMode").bool(), PopParameter.optional("MinBandwidth").integer(), PopParameter.optional("MaxBandwidth").integer(), PopParameter.optional("DefaultBandwidth").integer());
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var instance = createSagInstance.create(new CreateSagInstanceCommand(region(request),
                optionalInteger(request, "UserCount", Integer.MIN_VALUE, Integer.MAX_VALUE),
                request.optional("CidrBlock").filter(c -> !c.isEmpty()).orElse(null),
                request.optional("StaticIpMode").isPresent() ? request.bool("StaticIpMode", false) : null,
                optionalInteger(request, "MinBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE),
                optionalInteger(request, "MaxBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE),
                optionalInteger(request, "DefaultBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE)));
        return PopResponse.body().with("SmartAGId", instance.smartAgId()).with("OrderId", instance.smartAgId());
    }
}

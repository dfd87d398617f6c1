package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.SetSagBandwidthPolicy;
import org.gatewayusers.application.smartag.SetSagBandwidthPolicyCommand;
import org.gatewayusers.application.smartag.SetSagStaticIpMode;

/**
 * {@code ModifySmartAccessGatewayClientPolicy}, this service's own action (the vendor sets these in its console):
 * {@code StaticIpMode} and the client users' bandwidth range and default ({@code MinBandwidth}, {@code MaxBandwidth},
 * {@code DefaultBandwidth}), each changed only when given. Answers the instance.
 */
@ApplicationScoped
public class ModifySmartAccessGatewayClientPolicyAction extends SmartagAction {

    @Inject
    SetSagStaticIpMode setSagStaticIpMode;

    @Inject
    SetSagBandwidthPolicy setSagBandwidthPolicy;

    @Override
    public String name() {
        return "ModifySmartAccessGatewayClientPolicy";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.optional("StaticIpMode").bool(), PopParameter.optional("MinBandwidth").integer(), PopParameter.optional("MaxBandwidth").integer(), PopParameter.optional("DefaultBandwidth").integer());
    }

    @Override
    public PopResponse handle(PopRequest request) {
        Integer min = optionalInteger(request, "MinBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Integer max = optionalInteger(request, "MaxBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Integer byDefault = optionalInteger(request, "DefaultBandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE);
        var instance = request.optional("StaticIpMode").isPresent()
                ? setSagStaticIpMode.set(region(request), instance(request), request.bool("StaticIpMode", false))
                : null;
        if (min != null || max != null || byDefault != null) {
            instance = setSagBandwidthPolicy.set(new SetSagBandwidthPolicyCommand(region(request), instance(request), min, max,
                    byDefault));
        }
        if (instance == null) {
            throw new org.gatewayusers.rest.pop.PopException(org.gatewayusers.rest.pop.PopErrors.missingParameter(
                    "StaticIpMode or MinBandwidth, MaxBandwidth, DefaultBandwidth"));
        }
        return instance(instance);
    }
}

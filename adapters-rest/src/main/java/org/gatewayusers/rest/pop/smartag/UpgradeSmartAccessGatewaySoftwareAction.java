package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.RaiseSagUserCount;
import org.gatewayusers.application.smartag.RaiseSagUserCountCommand;

/** {@code UpgradeSmartAccessGatewaySoftware} with {@code UserCount}: raises the client-account quota. */
@ApplicationScoped
public class UpgradeSmartAccessGatewaySoftwareAction extends SmartagAction {

    @Inject
    RaiseSagUserCount raiseSagUserCount;

    @Override
    public String name() {
        return "UpgradeSmartAccessGatewaySoftware";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.optional("UserCount").integer());
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var instance = raiseSagUserCount.raise(new RaiseSagUserCountCommand(region(request), instance(request),
                optionalInteger(request, "UserCount", Integer.MIN_VALUE, Integer.MAX_VALUE)));
        return PopResponse.body().with("OrderId", instance.smartAgId());
    }
}

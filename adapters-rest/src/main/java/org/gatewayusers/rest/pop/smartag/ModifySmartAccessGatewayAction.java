package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.SetSagInstanceCidr;
import org.gatewayusers.application.smartag.SetSagInstanceCidrCommand;

/** {@code ModifySmartAccessGateway} with {@code CidrBlock}: the private block client addresses come from. */
@ApplicationScoped
public class ModifySmartAccessGatewayAction extends SmartagAction {

    @Inject
    SetSagInstanceCidr setSagInstanceCidr;

    @Override
    public String name() {
        return "ModifySmartAccessGateway";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.optional("CidrBlock"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        setSagInstanceCidr.set(new SetSagInstanceCidrCommand(region(request), instance(request),
                request.optional("CidrBlock").orElse(null)));
        return PopResponse.body();
    }
}

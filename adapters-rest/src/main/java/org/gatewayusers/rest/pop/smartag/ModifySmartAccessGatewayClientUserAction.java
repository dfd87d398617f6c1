package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.ModifyClientUser;
import org.gatewayusers.application.smartag.ModifyClientUserCommand;

/** {@code ModifySmartAccessGatewayClientUser}: a new Bandwidth; answers the record. */
@ApplicationScoped
public class ModifySmartAccessGatewayClientUserAction extends SmartagAction {

    @Inject
    ModifyClientUser modifyClientUser;

    @Override
    public String name() {
        return "ModifySmartAccessGatewayClientUser";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.required("UserName"), PopParameter.optional("Bandwidth").integer(), PopParameter.optional("UserMail").alias("Email"));
    }

    @Override
    public PopResponse handle(PopRequest given) {
        // the Java and Python SDKs send the address as Email
        PopRequest request = given.aliased("UserMail", "Email");
        Integer bandwidth = optionalInteger(request, "Bandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE);
        var user = modifyClientUser.modify(new ModifyClientUserCommand(region(request), instance(request),
                request.optional("UserName").orElse(null), bandwidth == null ? null : bandwidth.longValue(),
                request.optional("UserMail").filter(m -> !m.isEmpty()).orElse(null)));
        return PopResponse.body()
                .with("UserName", user.userName())
                .with("UserMail", user.userMail())
                .with("Bandwidth", user.bandwidth())
                .with("ClientIp", user.clientIp());
    }
}

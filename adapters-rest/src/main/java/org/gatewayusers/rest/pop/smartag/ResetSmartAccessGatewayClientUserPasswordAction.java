package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.ResetClientUserPassword;
import org.gatewayusers.application.smartag.ResetClientUserPasswordCommand;
import org.gatewayusers.domain.shared.Password;

/** {@code ResetSmartAccessGatewayClientUserPassword}: the given password, or a generated one returned once. */
@ApplicationScoped
public class ResetSmartAccessGatewayClientUserPasswordAction extends SmartagAction {

    @Inject
    ResetClientUserPassword resetClientUserPassword;

    @Override
    public String name() {
        return "ResetSmartAccessGatewayClientUserPassword";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.required("UserName"), PopParameter.required("Password"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        String password = request.optional("Password").filter(p -> !p.isEmpty()).orElse(null);
        var result = resetClientUserPassword.reset(new ResetClientUserPasswordCommand(region(request), instance(request),
                request.optional("UserName").orElse(null), password == null ? null : Password.of(password)));
        PopResponse body = PopResponse.body().with("UserName", result.userName());
        result.generated().ifPresent(generated -> body.with("Password", generated.reveal()));
        return body;
    }
}

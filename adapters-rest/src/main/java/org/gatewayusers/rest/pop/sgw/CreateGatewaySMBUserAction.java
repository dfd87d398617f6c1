package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.CreateSmbUser;
import org.gatewayusers.application.sgw.CreateSmbUserCommand;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code CreateGatewaySMBUser}: validates at once, returns the {@code TaskId}; the user exists when the task completes. */
@ApplicationScoped
public class CreateGatewaySMBUserAction extends SgwAction {

    @Inject
    CreateSmbUser createSmbUser;

    @Override
    public String name() {
        return "CreateGatewaySMBUser";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.required("Username"), PopParameter.required("Password"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        String password = request.optional("Password").orElse(null);
        return task(createSmbUser.create(new CreateSmbUserCommand(request.required("GatewayId"),
                request.optional("Username").orElse(null), password == null ? null : Password.of(password))).taskId());
    }
}

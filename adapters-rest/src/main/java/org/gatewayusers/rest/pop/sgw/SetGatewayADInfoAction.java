package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.SetGatewayActiveDirectory;
import org.gatewayusers.application.sgw.SetGatewayActiveDirectoryCommand;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code SetGatewayADInfo}: joins the gateway to an AD service ({@code IsEnabled=true}) or leaves it; a task. */
@ApplicationScoped
public class SetGatewayADInfoAction extends SgwAction {

    @Inject
    SetGatewayActiveDirectory setGatewayActiveDirectory;

    @Override
    public String name() {
        return "SetGatewayADInfo";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.optional("IsEnabled").bool(), PopParameter.optional("DomainName"), PopParameter.optional("Username"), PopParameter.optional("Password"), PopParameter.optional("ServerIp"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        String password = request.optional("Password").filter(p -> !p.isEmpty()).orElse(null);
        return task(setGatewayActiveDirectory.set(new SetGatewayActiveDirectoryCommand(request.required("GatewayId"),
                request.bool("IsEnabled", false), request.optional("DomainName").orElse(null),
                request.optional("Username").orElse(null), password == null ? null : Password.of(password),
                request.optional("ServerIp").orElse(null))).taskId());
    }
}

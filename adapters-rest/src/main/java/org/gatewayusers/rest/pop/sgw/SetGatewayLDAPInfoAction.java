package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.SetGatewayLdap;
import org.gatewayusers.application.sgw.SetGatewayLdapCommand;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code SetGatewayLDAPInfo}: links the gateway to an LDAP service ({@code IsEnabled=true}) or unlinks it; a task. */
@ApplicationScoped
public class SetGatewayLDAPInfoAction extends SgwAction {

    @Inject
    SetGatewayLdap setGatewayLdap;

    @Override
    public String name() {
        return "SetGatewayLDAPInfo";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.optional("IsEnabled").bool(), PopParameter.optional("IsTls").bool(), PopParameter.optional("ServerIp"), PopParameter.optional("BaseDN"), PopParameter.optional("RootDN"), PopParameter.optional("Password"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        String password = request.optional("Password").filter(p -> !p.isEmpty()).orElse(null);
        return task(setGatewayLdap.set(new SetGatewayLdapCommand(request.required("GatewayId"),
                request.bool("IsEnabled", false), request.optional("ServerIp").orElse(null),
                request.optional("BaseDN").orElse(null), request.optional("RootDN").orElse(null),
                password == null ? null : Password.of(password), request.bool("IsTls", false))).taskId());
    }
}

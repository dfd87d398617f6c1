package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.GetGateway;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeGatewayLDAPInfo}: whether the gateway is joined to an LDAP service, and which; never a password. */
@ApplicationScoped
public class DescribeGatewayLDAPInfoAction extends SgwAction {

    @Inject
    GetGateway getGateway;

    @Override
    public String name() {
        return "DescribeGatewayLDAPInfo";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var directory = getGateway.get(request.required("GatewayId")).directory();
        boolean enabled = directory.ldapEnabled();
        return PopResponse.body()
                .with("IsEnabled", enabled)
                .with("ServerIp", enabled ? directory.serverIp() : "")
                .with("BaseDN", enabled ? directory.baseDn() : "")
                .with("RootDN", enabled ? directory.rootDn() : "")
                .with("IsTls", enabled && directory.tls())
                .successful();
    }
}

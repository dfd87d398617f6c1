package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.GetGateway;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeGatewayADInfo}: whether the gateway is joined to an AD domain, and which; never a password. */
@ApplicationScoped
public class DescribeGatewayADInfoAction extends SgwAction {

    @Inject
    GetGateway getGateway;

    @Override
    public String name() {
        return "DescribeGatewayADInfo";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var directory = getGateway.get(request.required("GatewayId")).directory();
        boolean enabled = directory.activeDirectoryEnabled();
        return PopResponse.body()
                .with("IsEnabled", enabled)
                .with("DomainName", enabled ? directory.domainName() : "")
                .with("Username", enabled ? directory.username() : "")
                .with("ServerIp", enabled ? directory.serverIp() : "")
                .successful();
    }
}

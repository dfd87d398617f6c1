package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopProduct;
import org.gatewayusers.rest.pop.PopProduct.ResourceParameter;

/** Smart Access Gateway's app instances and client users, as the RPC endpoint serves them. */
public final class SmartAccessGateway {

    public static final PopProduct PRODUCT = new PopProduct("smartag", "2018-03-13",
            List.of(new ResourceParameter("SmartAGId", "smartag"),
                    // DeleteSmartAccessGateway names the instance as InstanceId
                    new ResourceParameter("InstanceId", "smartag")),
            List.of(CreateSmartAccessGatewayClientUserAction.class, CreateSmartAccessGatewaySoftwareAction.class,
                    DeleteSmartAccessGatewayAction.class, DeleteSmartAccessGatewayClientUserAction.class,
                    DescribeSmartAccessGatewayAttributeAction.class, DescribeSmartAccessGatewayClientUsersAction.class,
                    DescribeSmartAccessGatewaysAction.class, DisableSmartAccessGatewayUserAction.class,
                    EnableSmartAccessGatewayUserAction.class, ModifySmartAccessGatewayAction.class,
                    ModifySmartAccessGatewayClientPolicyAction.class, ModifySmartAccessGatewayClientUserAction.class,
                    ResetSmartAccessGatewayClientUserPasswordAction.class,
                    UpgradeSmartAccessGatewaySoftwareAction.class));

    private SmartAccessGateway() {
    }
}

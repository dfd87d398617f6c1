package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopProduct;
import org.gatewayusers.rest.pop.PopProduct.ResourceParameter;

/** Cloud Storage Gateway's SMB users and what they need, as the RPC endpoint serves them. */
public final class CloudStorageGateway {

    public static final PopProduct PRODUCT = new PopProduct("hcs-sgw", "2018-05-11",
            List.of(new ResourceParameter("GatewayId", "gateway"),
                    // DescribeTasks names the gateway as its target
                    new ResourceParameter("TargetId", "gateway"),
                    new ResourceParameter("StorageBundleId", "storagebundle")),
            List.of(CreateGatewayAction.class, CreateGatewaySMBUserAction.class, CreateStorageBundleAction.class,
                    DeleteGatewayAction.class, DeleteGatewaySMBUserAction.class, DeleteStorageBundleAction.class,
                    DeployGatewayAction.class, DescribeGatewayADInfoAction.class, DescribeGatewayAction.class,
                    DescribeGatewayLDAPInfoAction.class, DescribeGatewaySMBUsersAction.class,
                    DescribeGatewaysAction.class, DescribeStorageBundleAction.class, DescribeStorageBundlesAction.class,
                    DescribeTasksAction.class, ModifyGatewayAction.class, ModifyGatewayClassAction.class,
                    ModifyStorageBundleAction.class, SetGatewayADInfoAction.class, SetGatewayLDAPInfoAction.class));

    private CloudStorageGateway() {
    }
}

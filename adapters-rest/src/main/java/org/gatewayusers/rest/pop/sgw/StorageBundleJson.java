package org.gatewayusers.rest.pop.sgw;

import org.gatewayusers.application.sgw.GatewayView;
import org.gatewayusers.application.sgw.StorageBundleView;
import org.gatewayusers.rest.pop.PopResponse;

/** The vendor's shapes of a storage bundle and a gateway, written once for every action that shows one. */
final class StorageBundleJson {

    private StorageBundleJson() {
    }

    static PopResponse bundle(StorageBundleView bundle) {
        return PopResponse.body()
                .with("StorageBundleId", bundle.storageBundleId())
                .with("Name", bundle.name())
                .with("Description", bundle.description() == null ? "" : bundle.description())
                .with("BackendBucketRegionId", bundle.backendBucketRegionId())
                .with("CreatedTime", bundle.createdTime());
    }

    /**
     * A gateway as {@code DescribeGateway} and {@code DescribeGateways} show it, with every field Terraform's
     * {@code alicloud} provider reads of one ({@code resource_alicloud_cloud_storage_gateway_gateway.go} and
     * {@code data_source_alicloud_cloud_storage_gateway_gateways.go}), each from what the service holds: what it does
     * not model (an ECS instance, addresses, billing URLs, expiry) is empty or zero, as for a gateway that has none;
     * {@code IsPostPaid} is always a boolean (the data source casts it).
     */
    static PopResponse gateway(GatewayView gateway) {
        return PopResponse.body()
                .with("GatewayId", gateway.gatewayId())
                .with("StorageBundleId", gateway.storageBundleId())
                .with("Name", gateway.name())
                .with("Description", gateway.description() == null ? "" : gateway.description())
                .with("Type", gateway.type())
                .with("Location", gateway.location())
                .with("Status", gateway.state())
                .with("CreatedTime", gateway.createdTime())
                .with("IsADEnabled", gateway.directory() != null && gateway.directory().activeDirectoryEnabled())
                .with("IsLDAPEnabled", gateway.directory() != null && gateway.directory().ldapEnabled())
                .with("GatewayClass", gateway.gatewayClass() == null ? "" : gateway.gatewayClass())
                .with("IsPostPaid", gateway.postPaid())
                .with("VSwitchId", gateway.vSwitchId() == null ? "" : gateway.vSwitchId())
                .with("PublicNetworkBandwidth", gateway.publicNetworkBandwidth())
                .with("IsReleaseAfterExpiration", gateway.releaseAfterExpiration())
                .with("Category", "")
                .with("GatewayVersion", "")
                .with("EcsInstanceId", "")
                .with("VpcId", "")
                .with("InnerIp", "")
                .with("Ip", "")
                .with("ActivatedTime", 0)
                .with("ExpiredTime", 0)
                .with("ExpireStatus", 0)
                .with("BuyURL", "")
                .with("RenewURL", "")
                .with("TaskId", "");
    }
}

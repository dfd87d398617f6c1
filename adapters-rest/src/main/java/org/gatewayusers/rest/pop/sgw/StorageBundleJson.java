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
                .with("IsLDAPEnabled", gateway.directory() != null && gateway.directory().ldapEnabled());
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.CreateStorageBundle;
import org.gatewayusers.application.sgw.CreateStorageBundleCommand;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code CreateStorageBundle}: returns the new {@code StorageBundleId}. */
@ApplicationScoped
public class CreateStorageBundleAction extends SgwAction {

    @Inject
    CreateStorageBundle createStorageBundle;

    @Override
    public String name() {
        return "CreateStorageBundle";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleName").alias("Name"), PopParameter.required("BackendBucketRegionId"), PopParameter.optional("Description"), PopParameter.optional("RegionId"));
    }

    @Override
    public PopResponse handle(PopRequest given) {
        // Terraform's alicloud provider names the bundle Name
        PopRequest request = given.aliased("StorageBundleName", "Name");
        var bundle = createStorageBundle.create(new CreateStorageBundleCommand(request.optional("StorageBundleName").orElse(null),
                request.optional("Description").orElse(null),
                request.optional("BackendBucketRegionId").or(() -> request.optional("RegionId")).orElse(null)));
        return PopResponse.body().with("StorageBundleId", bundle.storageBundleId()).successful();
    }
}

package org.gatewayusers.rest.pop.sgw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ModifyStorageBundle;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code ModifyStorageBundle}: {@code StorageBundleId}, {@code Name}, {@code Description}; answers success. */
@ApplicationScoped
public class ModifyStorageBundleAction extends SgwAction {

    @Inject
    ModifyStorageBundle modifyStorageBundle;

    @Override
    public String name() {
        return "ModifyStorageBundle";
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var bundle = modifyStorageBundle.modify(request.required("StorageBundleId"), request.optional("Name").orElse(null),
                request.optional("Description").orElse(null));
        return PopResponse.body().with("StorageBundleId", bundle.storageBundleId()).successful();
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
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
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleId"), PopParameter.optional("Name"), PopParameter.optional("Description"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        var bundle = modifyStorageBundle.modify(request.required("StorageBundleId"), request.optional("Name").orElse(null),
                request.optional("Description").orElse(null));
        return PopResponse.body().with("StorageBundleId", bundle.storageBundleId()).successful();
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.DeleteStorageBundle;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DeleteStorageBundle}: refused while the bundle holds gateways. */
@ApplicationScoped
public class DeleteStorageBundleAction extends SgwAction {

    @Inject
    DeleteStorageBundle deleteStorageBundle;

    @Override
    public String name() {
        return "DeleteStorageBundle";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        deleteStorageBundle.delete(request.required("StorageBundleId"));
        return PopResponse.body().successful();
    }
}

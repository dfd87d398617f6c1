package org.gatewayusers.rest.pop.sgw;

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
    public PopResponse handle(PopRequest request) {
        deleteStorageBundle.delete(request.required("StorageBundleId"));
        return PopResponse.body().successful();
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.GetStorageBundle;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeStorageBundle}: one storage bundle's fields. */
@ApplicationScoped
public class DescribeStorageBundleAction extends SgwAction {

    @Inject
    GetStorageBundle getStorageBundle;

    @Override
    public String name() {
        return "DescribeStorageBundle";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("StorageBundleId"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return StorageBundleJson.bundle(getStorageBundle.get(request.required("StorageBundleId"))).successful();
    }
}

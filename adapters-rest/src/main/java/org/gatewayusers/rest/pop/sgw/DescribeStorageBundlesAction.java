package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopPaging;
import static org.gatewayusers.rest.pop.PopPaging.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ListStorageBundles;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeStorageBundles}: {@code StorageBundles.StorageBundle[]}, paged. */
@ApplicationScoped
public class DescribeStorageBundlesAction extends SgwAction {

    @Inject
    ListStorageBundles listStorageBundles;

    @Override
    public String name() {
        return "DescribeStorageBundles";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopPaging.PAGE_NUMBER, PopPaging.PAGE_SIZE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return paged(listStorageBundles.list(page(request)), "StorageBundles", "StorageBundle", StorageBundleJson::bundle);
    }
}

package org.gatewayusers.application.sgw;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.StorageBundle;

/** Lists the gateways of a storage bundle a page at a time, oldest first: {@code DescribeGateways}. */
public final class ListGateways {

    private final StorageBundles bundles;
    private final Gateways gateways;

    public ListGateways(StorageBundles bundles, Gateways gateways) {
        this.bundles = bundles;
        this.gateways = gateways;
    }

    public Page<GatewayView> list(String storageBundleId, PageRequest page) {
        StorageBundle bundle = SgwLookups.storageBundle(bundles, storageBundleId);
        List<Gateway> onPage = page.beyondReach() ? List.of()
                : gateways.ofStorageBundle(bundle.id(), (int) page.offset(), page.pageSize());
        return Page.of(page, gateways.countOfStorageBundle(bundle.id()), onPage, GatewayView::of);
    }
}

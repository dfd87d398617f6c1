package org.gatewayusers.application.sgw;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.StorageBundle;

/** Lists the storage bundles a page at a time, oldest first: {@code DescribeStorageBundles}. */
public final class ListStorageBundles {

    private final StorageBundles bundles;

    public ListStorageBundles(StorageBundles bundles) {
        this.bundles = bundles;
    }

    public Page<StorageBundleView> list(PageRequest page) {
        List<StorageBundle> onPage = page.beyondReach() ? List.of()
                : bundles.page((int) page.offset(), page.pageSize());
        return Page.of(page, bundles.count(), onPage, StorageBundleView::of);
    }
}

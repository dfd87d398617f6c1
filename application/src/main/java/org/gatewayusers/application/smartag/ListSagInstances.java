package org.gatewayusers.application.smartag;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * Lists app instances a page at a time, oldest first: DescribeSmartAccessGateways. {@code RegionId} (null or blank:
 * every region) and {@code SmartAGId} (optional) filter; an id that names no instance of the region lists none.
 */
public final class ListSagInstances {

    private final SagInstances instances;
    private final ClientUsers users;

    public ListSagInstances(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public Page<SagInstanceView> list(String regionId, String smartAgId, PageRequest page) {
        RegionId region = regionId == null || regionId.isBlank() ? null : SagInstance.region(regionId);
        if (smartAgId != null && !smartAgId.isBlank()) {
            Optional<SagInstance> found = SagInstanceId.read(smartAgId).flatMap(instances::withId)
                    .filter(instance -> region == null || instance.region().equals(region));
            List<SagInstance> onPage = found.isPresent() && page.isFirst()
                    ? List.of(found.get()) : List.of();
            return Page.of(page, found.isPresent() ? 1 : 0, onPage, this::view);
        }
        List<SagInstance> onPage = page.beyondReach() ? List.of()
                : instances.page(region, (int) page.offset(), page.pageSize());
        return Page.of(page, instances.count(region), onPage, this::view);
    }

    private SagInstanceView view(SagInstance instance) {
        return SagInstanceView.of(instance, SmartagLookups.clientUsersOf(users, instance));
    }
}

package org.gatewayusers.application.smartag;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;

/**
 * Lists the client users of an app instance a page at a time, by name: DescribeSmartAccessGatewayClientUsers, with the
 * optional {@code UserName} and {@code UserMail} filters (exact, in any case).
 */
public final class ListClientUsers {

    private final SagInstances instances;
    private final ClientUsers users;

    public ListClientUsers(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public Page<ClientUserView> list(String regionId, String smartAgId, String userName, String userMail,
            PageRequest page) {
        SagInstance instance = SmartagLookups.instance(instances, regionId, smartAgId);
        ClientUserFilter filter = new ClientUserFilter(userName, userMail);
        List<ClientUser> onPage = page.beyondReach() ? List.of()
                : users.ofInstance(instance.id(), filter, (int) page.offset(), page.pageSize());
        return Page.of(page, users.countOfInstance(instance.id(), filter), onPage, ClientUserView::of);
    }
}

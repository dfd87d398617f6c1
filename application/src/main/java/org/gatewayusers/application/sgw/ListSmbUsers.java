package org.gatewayusers.application.sgw;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SmbUser;

/** Lists the SMB users of a gateway a page at a time, by name: {@code DescribeGatewaySMBUsers}. */
public final class ListSmbUsers {

    private final Gateways gateways;
    private final SmbUsers smbUsers;

    public ListSmbUsers(Gateways gateways, SmbUsers smbUsers) {
        this.gateways = gateways;
        this.smbUsers = smbUsers;
    }

    public Page<SmbUserView> list(String gatewayId, PageRequest page) {
        Gateway gateway = SgwLookups.gateway(gateways, gatewayId);
        List<SmbUser> onPage = page.beyondReach() ? List.of()
                : smbUsers.ofGateway(gateway.id(), (int) page.offset(), page.pageSize());
        return Page.of(page, smbUsers.countOfGateway(gateway.id()), onPage, SmbUserView::of);
    }
}

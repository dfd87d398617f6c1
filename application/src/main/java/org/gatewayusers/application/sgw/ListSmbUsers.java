package org.gatewayusers.application.sgw;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserNamePattern;

/** Lists the SMB users of a gateway a page at a time, by name, optionally by a {@code Pattern}: {@code DescribeGatewaySMBUsers}. */
public final class ListSmbUsers {

    private final Gateways gateways;
    private final SmbUsers smbUsers;

    public ListSmbUsers(Gateways gateways, SmbUsers smbUsers) {
        this.gateways = gateways;
        this.smbUsers = smbUsers;
    }

    public Page<SmbUserView> list(String gatewayId, PageRequest page) {
        return list(gatewayId, null, page);
    }

    /** Only the users whose names contain {@code pattern} without regard to case; null or empty is every user. */
    public Page<SmbUserView> list(String gatewayId, String pattern, PageRequest page) {
        Gateway gateway = SgwLookups.gateway(gateways, gatewayId);
        SmbUserNamePattern matching = pattern == null ? SmbUserNamePattern.any() : new SmbUserNamePattern(pattern);
        List<SmbUser> onPage = page.beyondReach() ? List.of()
                : smbUsers.matching(gateway.id(), matching, (int) page.offset(), page.pageSize());
        return Page.of(page, smbUsers.countMatching(gateway.id(), matching), onPage, SmbUserView::of);
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopPaging;
import static org.gatewayusers.rest.pop.PopPaging.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.application.sgw.ListSmbUsers;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** {@code DescribeGatewaySMBUsers}: {@code Users.User[].Username}, paged, only names containing {@code Pattern} if given. */
@ApplicationScoped
public class DescribeGatewaySMBUsersAction extends SgwAction {

    @Inject
    ListSmbUsers listSmbUsers;

    @Override
    public String name() {
        return "DescribeGatewaySMBUsers";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(PopParameter.required("GatewayId"), PopParameter.optional("Pattern"), PopPaging.PAGE_NUMBER, PopPaging.PAGE_SIZE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return paged(listSmbUsers.list(request.required("GatewayId"),
                request.optional("Pattern").orElse(null), page(request)), "Users", "User",
                user -> PopResponse.body().with("Username", user.username()));
    }
}

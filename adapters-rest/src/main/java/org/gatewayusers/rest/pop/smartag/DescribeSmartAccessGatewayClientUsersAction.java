package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import org.gatewayusers.rest.pop.PopPaging;
import static org.gatewayusers.rest.pop.PopPaging.page;
import static org.gatewayusers.rest.pop.PopPaging.paged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.ListClientUsers;

/** {@code DescribeSmartAccessGatewayClientUsers}: {@code Users.User[]}, filtered by UserName and UserMail, paged. */
@ApplicationScoped
public class DescribeSmartAccessGatewayClientUsersAction extends SmartagAction {

    @Inject
    ListClientUsers listClientUsers;

    @Override
    public String name() {
        return "DescribeSmartAccessGatewayClientUsers";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.optional("UserName"), PopParameter.optional("UserMail"), PopPaging.PAGE_NUMBER, PopPaging.PAGE_SIZE);
    }

    @Override
    public PopResponse handle(PopRequest request) {
        return paged(listClientUsers.list(region(request), instance(request),
                        request.optional("UserName").filter(n -> !n.isEmpty()).orElse(null),
                        request.optional("UserMail").filter(m -> !m.isEmpty()).orElse(null), page(request)),
                "Users", "User", SmartagAction::user);
    }
}

package org.gatewayusers.rest.pop.smartag;

import java.util.List;
import org.gatewayusers.rest.pop.PopParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;
import org.gatewayusers.application.smartag.CreateClientUser;
import org.gatewayusers.application.smartag.CreateClientUserCommand;
import org.gatewayusers.application.smartag.CreatedClientUser;
import org.gatewayusers.domain.shared.Password;

/**
 * {@code CreateSmartAccessGatewayClientUser}: answers the user as the vendor pages show it; a password the
 * service generated (no UserName and Password given) is returned here once, and never again.
 */
@ApplicationScoped
public class CreateSmartAccessGatewayClientUserAction extends SmartagAction {

    @Inject
    CreateClientUser createClientUser;

    @Override
    public String name() {
        return "CreateSmartAccessGatewayClientUser";
    }

    @Override
    public List<PopParameter> parameters() {
        return List.of(REGION, INSTANCE, PopParameter.required("UserMail"), PopParameter.required("Bandwidth").integer(), PopParameter.optional("UserName"), PopParameter.optional("Password"), PopParameter.optional("ClientIp"));
    }

    @Override
    public PopResponse handle(PopRequest request) {
        String password = request.optional("Password").filter(p -> !p.isEmpty()).orElse(null);
        Integer bandwidth = optionalInteger(request, "Bandwidth", Integer.MIN_VALUE, Integer.MAX_VALUE);
        CreatedClientUser created = createClientUser.create(new CreateClientUserCommand(region(request), instance(request),
                request.optional("UserName").filter(n -> !n.isEmpty()).orElse(null),
                password == null ? null : Password.of(password),
                request.optional("UserMail").orElse(null), bandwidth == null ? null : bandwidth.longValue(),
                request.optional("ClientIp").filter(ip -> !ip.isEmpty()).orElse(null)));
        PopResponse body = PopResponse.body()
                .with("UserName", created.user().userName())
                .with("UserMail", created.user().userMail())
                .with("Bandwidth", created.user().bandwidth())
                .with("ClientIp", created.user().clientIp());
        created.generated().ifPresent(generated -> body.with("Password", generated.reveal()));
        return body;
    }
}

package org.gatewayusers.rest.ontap.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.gatewayusers.rest.edge.Dialect;

/**
 * HTTP Basic for the ONTAP REST API, through Jakarta Security (portable to any Jakarta EE 10 server): the
 * credentials are read as UTF-8 and checked by the identity stores ({@link OntapAccountStore}); valid ones make
 * the caller known, in the role {@code admin} or {@code readonly}. The root, the Alibaba RPC endpoint, is left to
 * its own signature check. The client address that failed logins are counted against is the connection's
 * ({@code getRemoteAddr()}), never a header a client could set; behind a proxy, have the server take the address the
 * proxy forwards (Open Liberty: {@code <remoteIp proxies="..."/>} on the HTTP endpoint).
 *
 * <p>Without valid credentials the mechanism leaves the caller unknown rather than failing the request itself:
 * {@link OntapRoles} then answers ONTAP's 401, with ONTAP's body and the {@code WWW-Authenticate} challenge,
 * before any resource runs. (A failure status returned here would have the server write its own answer: an HTML
 * page, or on Open Liberty a stalled HTTP/2 upgrade.)
 *
 * <p>A mechanism of its own rather than {@code @BasicAuthenticationMechanismDefinition}: the built-in one decodes
 * credentials in the platform's charset and answers a 401 with the server's HTML error page.
 */
@ApplicationScoped
public class OntapBasicAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    /** The name {@code HttpServletRequest.getAuthType()} gives this mechanism. */
    static final String AUTH_TYPE = "ONTAP-BASIC";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Not "BASIC": Open Liberty (26.0.0.3) reads every "Authorization: Basic ..." header again for its audit record
        // when the authentication type is BASIC, and fails with a 500 on one without a colon or with broken Base64.
        context.getMessageInfo().getMap().put("jakarta.servlet.http.authType", AUTH_TYPE);
        if (Dialect.of(request) == Dialect.RPC) {
            return context.doNothing();
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeader("Authorization"));
        if (credentials.isEmpty() || DelayedLoginRefusals.isMarkedRefused(request)) {
            return context.doNothing();
        }
        char[] password = credentials.get().password();
        try {
            CredentialValidationResult result = identityStores.validate(new OntapLogin(
                    credentials.get().name(), new jakarta.security.enterprise.credential.Password(password),
                    request.getRemoteAddr()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            DelayedLoginRefusals.markRefused(request);
            return context.doNothing();
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}

package org.gatewayusers.rest.ontap.access;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.rest.edge.Dialect;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;

/**
 * What an authenticated caller of the ONTAP REST API may do: an {@code admin} everything, a {@code readonly}
 * account reads only ({@code GET}, {@code HEAD}, {@code OPTIONS}); anything else is ONTAP's 403, code 6. A
 * request that reached here without a caller (it cannot, past {@link OntapBasicAuthentication}) is refused too.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class OntapRoles implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (Dialect.of(request) == Dialect.RPC) {
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller == null || caller.getUserPrincipal() == null) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(OntapErrorCatalog.UNAUTHORIZED.toResponse(null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, BasicCredentials.CHALLENGE).build());
            return;
        }
        if (!READS.contains(request.getMethod()) && !caller.isUserInRole(ApiRole.ADMIN.roleName())) {
            request.abortWith(OntapErrorCatalog.FORBIDDEN.toResponse(null));
        }
    }
}

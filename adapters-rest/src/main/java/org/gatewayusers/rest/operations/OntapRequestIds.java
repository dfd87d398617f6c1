package org.gatewayusers.rest.operations;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;

/**
 * Gives every ONTAP request an id of its own, answered in {@value #HEADER} and written by the access log beside the
 * request, so an operator can find a client's request in the log. (RPC answers carry their {@code RequestId} in
 * {@code x-acs-request-id} already.) The id is the server's, never taken from the request.
 */
@Provider
@PreMatching
@Priority(2)
public class OntapRequestIds implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "X-Request-Id";
    private static final String PROPERTY = OntapRequestIds.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        if (Dialect.of(request.getUriInfo().getPath()) == Dialect.ONTAP) {
            request.setProperty(PROPERTY, UUID.randomUUID().toString());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROPERTY) instanceof String id) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }
}

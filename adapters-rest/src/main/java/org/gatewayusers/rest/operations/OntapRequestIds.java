package org.gatewayusers.rest.operations;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.gatewayusers.rest.edge.Dialect;

/**
 * Answers every ONTAP request's id ({@link RequestIds}) in {@value #HEADER}; the access log writes it beside the
 * request and the log lines of the request carry it, so an operator can find a client's request in the log. (RPC
 * answers carry the same id as their {@code RequestId} and in {@code x-acs-request-id}.) The id is the server's,
 * never taken from the request.
 */
@Provider
@Priority(2)
public class OntapRequestIds implements ContainerResponseFilter {

    static final String HEADER = "X-Request-Id";

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Dialect.of(request) == Dialect.ONTAP) {
            response.getHeaders().putSingle(HEADER, RequestIds.of(http));
        }
    }
}

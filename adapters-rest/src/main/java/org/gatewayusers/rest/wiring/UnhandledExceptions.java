package org.gatewayusers.rest.wiring;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.rest.ontap.OntapError;
import org.gatewayusers.rest.ontap.OntapErrorCatalog;
import org.gatewayusers.rest.operations.RequestIds;
import org.gatewayusers.rest.pop.PopEndpoint;
import org.gatewayusers.rest.pop.PopError;
import org.gatewayusers.rest.pop.PopErrors;

/**
 * What no dialect mapped: unknown paths, wrong methods and true faults still answer in the
 * dialect's error body, never with a stack trace; a true fault is logged here, in full.
 */
@Provider
public class UnhandledExceptions implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnhandledExceptions.class.getName());

    @Context
    HttpServletRequest http;

    @Override
    public Response toResponse(Throwable failure) {
        if (!http.getRequestURI().startsWith("/api/")) {
            return PopEndpoint.error(http, popErrorFor(failure, RequestIds.of(http)));
        }
        return errorFor(failure, RequestIds.of(http)).toResponse(null);
    }

    /** The RPC dialect lives at the root: a wrong method there is the vendor's 405, anything else a fault. */
    private static PopError popErrorFor(Throwable failure, String requestId) {
        if (failure instanceof NotAllowedException) {
            return PopErrors.unsupportedHttpMethod();
        }
        if (failure instanceof NotFoundException) {
            return PopErrors.actionNotFound(null);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new PopError(web.getResponse().getStatus(), "InvalidParameter", "The request is not valid.");
        }
        LOG.log(Level.SEVERE, "unexpected failure of request " + requestId, failure);
        return PopErrors.internalError();
    }

    private static OntapError errorFor(Throwable failure, String requestId) {
        if (failure instanceof NotFoundException) {
            return OntapErrorCatalog.API_NOT_FOUND;
        }
        if (failure instanceof NotAllowedException) {
            return OntapErrorCatalog.METHOD_NOT_ALLOWED;
        }
        if (failure instanceof NotSupportedException) {
            return OntapErrorCatalog.UNSUPPORTED_MEDIA_TYPE;
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new OntapError(web.getResponse().getStatus(), OntapErrorCatalog.BAD_REQUEST.code(), "Invalid request.");
        }
        LOG.log(Level.SEVERE, "unexpected failure of request " + requestId, failure);
        return OntapErrorCatalog.INTERNAL;
    }
}

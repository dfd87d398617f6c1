package org.gatewayusers.rest.wiring;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.rest.ontap.OntapError;
import org.gatewayusers.rest.ontap.OntapErrorCatalog;

/**
 * What no dialect mapped: unknown paths, wrong methods and true faults still answer in the
 * dialect's error body, never with a stack trace; a true fault is logged here, in full.
 */
@Provider
public class UnhandledExceptions implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnhandledExceptions.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return errorFor(failure).toResponse(null);
    }

    private static OntapError errorFor(Throwable failure) {
        if (failure instanceof NotFoundException) {
            return OntapErrorCatalog.ENTRY_NOT_FOUND.withMessage("The requested resource does not exist.");
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
        LOG.log(Level.SEVERE, "unexpected failure", failure);
        return OntapErrorCatalog.INTERNAL;
    }
}

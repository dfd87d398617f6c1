package org.gatewayusers.rest.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.rest.operations.RequestIds;

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
        EdgeRefusal refusal = refusalFor(failure);
        if (refusal.kind() == EdgeRefusal.Kind.FAULT) {
            LOG.log(Level.SEVERE, "unexpected failure of request " + RequestIds.of(http), failure);
        }
        return EdgeAnswers.answer(http, Dialect.of(http), refusal);
    }

    private static EdgeRefusal refusalFor(Throwable failure) {
        if (failure instanceof NotFoundException) {
            return EdgeRefusal.notFound();
        }
        if (failure instanceof NotAllowedException) {
            return EdgeRefusal.methodNotAllowed();
        }
        if (failure instanceof NotSupportedException) {
            return EdgeRefusal.unsupportedMediaType();
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return EdgeRefusal.invalid(web.getResponse().getStatus());
        }
        return EdgeRefusal.fault();
    }
}

package org.gatewayusers.rest.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.pop.PopEndpoint;
import org.gatewayusers.rest.pop.PopErrors;

/** An edge refusal answered in the request's own dialect, with that dialect's catalog and error body. */
final class EdgeAnswers {

    private EdgeAnswers() {
    }

    static Response answer(HttpServletRequest http, Dialect dialect, EdgeRefusal refusal) {
        return switch (dialect) {
            case RPC -> PopEndpoint.error(http, PopErrors.of(refusal));
            case ONTAP -> OntapErrorCatalog.of(refusal).toResponse(null);
        };
    }
}

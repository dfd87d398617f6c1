package org.gatewayusers.rest.ontap.errors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.ontap.OntapRejection;

/** Domain rejections and edge problems, written as ONTAP errors through the catalog. */
public final class OntapExceptionMappers {

    private OntapExceptionMappers() {
    }

    @Provider
    public static class Rejections implements ExceptionMapper<OntapRejection> {
        @Override
        public Response toResponse(OntapRejection rejection) {
            return OntapErrorCatalog.of(rejection.reason()).toResponse(OntapErrorCatalog.target(rejection));
        }
    }

    @Provider
    public static class AccessRejections implements ExceptionMapper<AccessRejection> {
        @Override
        public Response toResponse(AccessRejection rejection) {
            return OntapErrorCatalog.of(rejection.reason()).toResponse(OntapErrorCatalog.target(rejection));
        }
    }

    @Provider
    public static class Problems implements ExceptionMapper<OntapProblem> {
        @Override
        public Response toResponse(OntapProblem problem) {
            return problem.error().toResponse(problem.target());
        }
    }

    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> OntapErrorCatalog.oversized(v.getMessage()).toResponse(v.getMessage()))
                    .findFirst()
                    .orElseGet(() -> OntapErrorCatalog.BAD_REQUEST.toResponse(null));
        }
    }
}

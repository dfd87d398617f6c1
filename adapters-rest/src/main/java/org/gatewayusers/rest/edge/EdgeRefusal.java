package org.gatewayusers.rest.edge;

/**
 * What the edge refuses before any resource answers, or what no resource handled, in the terms of neither dialect:
 * each dialect's catalog turns it into its own status, code and message ({@code OntapErrorCatalog.of},
 * {@code PopErrors.of}).
 *
 * @param kind   what was refused
 * @param status the HTTP status the refusal stands for (the container's or JAX-RS's, for {@link Kind#INVALID})
 * @param limit  the limit passed, for the kinds that have one; 0 otherwise
 * @param reason what was malformed, for {@link Kind#MALFORMED}; empty otherwise
 */
public record EdgeRefusal(Kind kind, int status, long limit, String reason) {

    public enum Kind {
        QUERY_TOO_LONG, BODY_TOO_LARGE, TOO_MANY_PARAMETERS, PARAMETER_TOO_LONG, MALFORMED, NOT_FOUND,
        METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, INVALID, FAULT
    }

    public static EdgeRefusal queryTooLong(long maxCharacters) {
        return new EdgeRefusal(Kind.QUERY_TOO_LONG, 414, maxCharacters, "");
    }

    public static EdgeRefusal bodyTooLarge(long maxBytes) {
        return new EdgeRefusal(Kind.BODY_TOO_LARGE, 413, maxBytes, "");
    }

    public static EdgeRefusal tooManyParameters(long maxParameters) {
        return new EdgeRefusal(Kind.TOO_MANY_PARAMETERS, 400, maxParameters, "");
    }

    public static EdgeRefusal parameterTooLong(long maxCharacters) {
        return new EdgeRefusal(Kind.PARAMETER_TOO_LONG, 400, maxCharacters, "");
    }

    public static EdgeRefusal malformed(String reason) {
        return new EdgeRefusal(Kind.MALFORMED, 400, 0, reason);
    }

    public static EdgeRefusal notFound() {
        return new EdgeRefusal(Kind.NOT_FOUND, 404, 0, "");
    }

    public static EdgeRefusal methodNotAllowed() {
        return new EdgeRefusal(Kind.METHOD_NOT_ALLOWED, 405, 0, "");
    }

    public static EdgeRefusal unsupportedMediaType() {
        return new EdgeRefusal(Kind.UNSUPPORTED_MEDIA_TYPE, 415, 0, "");
    }

    /** Any other 4xx the container or JAX-RS chose, with its status. */
    public static EdgeRefusal invalid(int status) {
        return new EdgeRefusal(Kind.INVALID, status, 0, "");
    }

    public static EdgeRefusal fault() {
        return new EdgeRefusal(Kind.FAULT, 500, 0, "");
    }

    /** The refusal that stands for a status the servlet container answered on its own. */
    public static EdgeRefusal ofContainerStatus(int status) {
        if (status == 404) {
            return notFound();
        }
        if (status == 405) {
            return methodNotAllowed();
        }
        return status >= 500 ? fault() : invalid(status);
    }
}

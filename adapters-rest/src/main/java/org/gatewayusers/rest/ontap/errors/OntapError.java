package org.gatewayusers.rest.ontap.errors;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** One row of the ONTAP error catalog: HTTP status, ONTAP code (digits, sent as a JSON string) and message. */
public record OntapError(int status, String code, String message) {

    public OntapError {
        // ASCII digits, at least one: an empty code would pass a check of each character
        if (!code.matches("[0-9]+")) {
            throw new IllegalArgumentException("ONTAP codes are digits: " + code);
        }
    }

    public OntapError withMessage(String otherMessage) {
        return new OntapError(status, code, otherMessage);
    }

    /** {@code {"error": {"message", "code", "target"}}}, the body every ONTAP error has. */
    public Response toResponse(String target) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(target))
                .build();
    }

    /** The body alone, for what answers before JAX-RS does (the authentication mechanism). */
    public String body(String target) {
        JsonObjectBuilder error = Json.createObjectBuilder().add("message", message).add("code", code);
        if (target != null) {
            error.add("target", target);
        }
        return Json.createObjectBuilder().add("error", error).build().toString();
    }
}

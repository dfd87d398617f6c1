package org.gatewayusers.rest.ontap.errors;

/** A request the ONTAP edge refuses before it reaches a use case: malformed JSON, unknown fields, wrong types. */
public final class OntapProblem extends RuntimeException {

    private final OntapError error;
    private final String target;

    public OntapProblem(OntapError error, String target) {
        super(error.code() + " " + error.message() + (target == null ? "" : " [" + target + "]"), null, false, false);
        this.error = error;
        this.target = target;
    }

    public static OntapProblem badField(String field, String message) {
        return new OntapProblem(OntapErrorCatalog.BAD_REQUEST.withMessage(message), field);
    }

    public OntapError error() {
        return error;
    }

    public String target() {
        return target;
    }
}

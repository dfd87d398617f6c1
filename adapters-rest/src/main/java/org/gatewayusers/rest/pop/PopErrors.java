package org.gatewayusers.rest.pop;

/** The protocol's own errors, common to every product (FAMILIES.md section 4). */
public final class PopErrors {

    private PopErrors() {
    }

    public static PopError missingParameter(String name) {
        return new PopError(400, "MissingParameter",
                "The input parameter \"" + name + "\" that is mandatory for processing this request is not supplied.");
    }

    public static PopError invalidParameter(String name, String why) {
        return new PopError(400, "InvalidParameter", "The specified parameter \"" + name + "\" is not valid: " + why);
    }

    public static PopError actionNotFound(String action) {
        return new PopError(404, "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method." + (action == null ? "" : " (" + action + ")"));
    }

    public static PopError invalidVersion() {
        return new PopError(400, "InvalidVersion", "Specified parameter Version is not valid.");
    }

    public static PopError unsupportedHttpMethod() {
        return new PopError(405, "UnsupportedHTTPMethod", "This http method is not supported.");
    }

    public static PopError internalError() {
        return new PopError(500, "InternalError",
                "Unexpected error. Try again later. If the error persists after several tries, we recommend that you submit a ticket.");
    }
}

package org.gatewayusers.rest.pop;

import org.gatewayusers.rest.edge.EdgeRefusal;

/** The protocol's own errors, common to every product (FAMILIES.md section 4). */
public final class PopErrors {

    private PopErrors() {
    }

    /** What the edge refused, or what no action handled, as the RPC endpoint answers it. */
    public static PopError of(EdgeRefusal refusal) {
        return switch (refusal.kind()) {
            case QUERY_TOO_LONG -> invalidRequest(refusal, "The query string is longer than " + refusal.limit() + " characters.");
            case BODY_TOO_LARGE -> invalidRequest(refusal, "The request body is larger than " + refusal.limit() + " bytes.");
            case TOO_MANY_PARAMETERS -> invalidRequest(refusal, "The request has more than " + refusal.limit() + " parameters.");
            case PARAMETER_TOO_LONG -> invalidRequest(refusal, "A parameter is longer than " + refusal.limit() + " characters.");
            case MALFORMED -> invalidRequest(refusal, refusal.reason());
            case NOT_FOUND -> actionNotFound(null);
            case METHOD_NOT_ALLOWED -> unsupportedHttpMethod();
            case UNSUPPORTED_MEDIA_TYPE, INVALID -> invalidRequest(refusal, "The request is not valid.");
            case FAULT -> internalError();
        };
    }

    private static PopError invalidRequest(EdgeRefusal refusal, String message) {
        return new PopError(refusal.status(), "InvalidParameter", message);
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

    // --- signature v1 and RAM (FAMILIES.md section 4): the messages clients see from the vendor

    public static PopError accessKeyNotFound() {
        return new PopError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    }

    public static PopError accessKeyInactive() {
        return new PopError(400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled.");
    }

    /** Ends with the server's string to sign exactly: clients (the SDKs) compare the text after {@code is:} with theirs. */
    public static PopError signatureDoesNotMatch(String serverStringToSign) {
        return new PopError(400, "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. server string to sign is:" + serverStringToSign);
    }

    // --- signature v3 (ACS3-HMAC-SHA256): the codes the vendor answers the OpenAPI cores with

    /** A v3 request whose Authorization or signed headers are not all there. */
    public static PopError incompleteSignature(String why) {
        return new PopError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards: " + why);
    }

    /** A v3 signature that is not the server's: ends with the server's string to sign, as for v1. */
    public static PopError v3SignatureDoesNotMatch(String serverStringToSign) {
        return new PopError(400, "IncompleteSignature",
                "The request signature does not conform to Aliyun standards. server string to sign is:" + serverStringToSign);
    }

    /** A v3 body that is not the one signed: {@code x-acs-content-sha256} is not its hash. */
    public static PopError contentHashDoesNotMatch() {
        return new PopError(400, "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation: x-acs-content-sha256 is not the SHA-256 of the body.");
    }

    public static PopError timestampFormat() {
        return new PopError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
    }

    public static PopError timestampExpired() {
        return new PopError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
    }

    public static PopError signatureNonceUsed() {
        return new PopError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
    }

    public static PopError forbiddenRam() {
        return new PopError(403, "Forbidden.RAM",
                "User not authorized to operate on the specified resource, or this API doesn't support RAM.");
    }

    public static PopError internalError() {
        return new PopError(500, "InternalError",
                "Unexpected error. Try again later. If the error persists after several tries, we recommend that you submit a ticket.");
    }
}

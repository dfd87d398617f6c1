package org.gatewayusers.rest.pop;

/**
 * One way an RPC request is signed: v1 ({@code Signature} among the parameters) or v3 ({@code Authorization:
 * ACS3-HMAC-SHA256 ...}). A scheme reads the request's parameters and its claim (key, time, nonce, and how to check the
 * signature with the key's secret); {@link PopAccessControl} then holds every claim to the same keys, nonce table,
 * time window and error codes. Which scheme a request uses is decided once, from its shape ({@link #of}).
 */
public interface PopSignatureScheme {

    /** v3 when the request says so ({@code Authorization: ACS3-...}, or {@code Action} only as {@code x-acs-action}), else v1. */
    static PopSignatureScheme of(PopHttpRequest http) {
        return SignatureV3.appliesTo(http) ? new SignatureV3() : new SignatureV1();
    }

    /** The call's parameters: {@code Action}, {@code Version} and the action's own. */
    PopRequest parameters(PopHttpRequest http);

    /** Who claims to have signed, when, with which nonce; refuses a claim that is not well formed. */
    SignatureClaim claim(PopHttpRequest http, PopRequest request);

    /** The answer's format when the request asks for none: XML for v1 (as the legacy cores expect), JSON for v3. */
    PopFormat defaultFormat();

    /** The {@code Content-Type} of an answer in the given format, as this scheme's clients parse it. */
    String mediaType(PopFormat format);
}

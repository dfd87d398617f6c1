package org.gatewayusers.rest.pop;

import java.util.List;
import java.util.Optional;

/**
 * Signature v1 ({@link PopSignature}): {@code AccessKeyId}, {@code Signature}, {@code SignatureMethod},
 * {@code SignatureVersion}, {@code SignatureNonce} and {@code Timestamp} among the parameters of the query string or
 * the form body. The legacy cores ({@code aliyun-java-sdk-core}, {@code @alicloud/pop-core}) and Terraform sign so.
 */
public final class SignatureV1 implements PopSignatureScheme {

    static final String SIGNATURE = PopSignature.SIGNATURE_PARAMETER;

    /** The signature fields, in the order their absence is reported. */
    static final List<String> SIGNATURE_FIELDS = List.of(
            "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp");

    @Override
    public PopRequest parameters(PopHttpRequest http) {
        return PopRequest.of(http.method(), http.rawQuery(), http.formBody());
    }

    /**
     * In order: every signature field present ({@code MissingParameter}), method and version supported
     * ({@code InvalidParameter}), {@code Timestamp} well formed ({@code InvalidTimeStamp.Format}), the nonce not
     * longer than the nonce table holds; the signature is checked with the key's secret, and a mismatch echoes the
     * server's string to sign (the SDKs compare it with theirs).
     */
    @Override
    public SignatureClaim claim(PopHttpRequest http, PopRequest request) {
        return claim(request);
    }

    SignatureClaim claim(PopRequest request) {
        SIGNATURE_FIELDS.forEach(request::required);
        if (!PopSignature.METHOD.equals(request.required("SignatureMethod"))) {
            throw new PopException(PopErrors.invalidParameter("SignatureMethod", PopSignature.METHOD + " is expected."));
        }
        if (!PopSignature.VERSION.equals(request.required("SignatureVersion"))) {
            throw new PopException(PopErrors.invalidParameter("SignatureVersion", PopSignature.VERSION + " is expected."));
        }
        var signedAt = PopAccessControl.timestamp(request.required("Timestamp"));
        String nonce = PopAccessControl.nonce("SignatureNonce", request.required("SignatureNonce"));
        String given = request.required("Signature");
        return new SignatureClaim(request.required("AccessKeyId"), signedAt, nonce, secret -> {
            String stringToSign = PopSignature.stringToSign(request.httpMethod(), request.parameters());
            return PopSignature.matches(given, PopSignature.sign(secret, stringToSign))
                    ? Optional.empty()
                    : Optional.of(PopErrors.signatureDoesNotMatch(stringToSign));
        });
    }

    @Override
    public PopFormat defaultFormat() {
        return PopFormat.XML;
    }

    @Override
    public String mediaType(PopFormat format) {
        return format.mediaType();
    }
}

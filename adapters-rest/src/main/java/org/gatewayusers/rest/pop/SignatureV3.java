package org.gatewayusers.rest.pop;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Signature v3 ({@link PopSignatureV3}), as every current SDK signs by default: {@code Action} and {@code Version} in
 * the headers {@code x-acs-action} and {@code x-acs-version}, the time in {@code x-acs-date}, the nonce in
 * {@code x-acs-signature-nonce}, the body's hash in {@code x-acs-content-sha256}, and
 * {@code Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<hex>}. Answers are
 * JSON unless the request asks for XML, which then comes as {@code text/xml;charset=utf-8}, the only type the
 * OpenAPI cores read an error from as XML.
 */
public final class SignatureV3 implements PopSignatureScheme {

    static final String AUTHORIZATION = "authorization";
    static final String ACTION = "x-acs-action";
    static final String VERSION = "x-acs-version";
    static final String DATE = "x-acs-date";
    static final String NONCE = "x-acs-signature-nonce";
    static final String CONTENT_SHA256 = "x-acs-content-sha256";
    /** The headers a v3 request must carry and sign, in the order their absence is reported. */
    static final List<String> REQUIRED_SIGNED = List.of("host", ACTION, VERSION, DATE, NONCE, CONTENT_SHA256);
    static final String XML_MEDIA_TYPE = "text/xml;charset=utf-8";

    /**
     * Whether the request is shaped as v3: an {@code ACS3-} authorization; or an {@code x-acs-action} header without a
     * v1 {@code Signature} parameter (aliyun-java-sdk-core sends that header beside its v1 signature, and an unsigned v3
     * call has no Authorization at all).
     */
    static boolean appliesTo(PopHttpRequest http) {
        if (http.header(AUTHORIZATION).map(value -> value.trim().startsWith("ACS3-")).orElse(false)) {
            return true;
        }
        return http.header(ACTION).isPresent() && !namesParameter(http.rawQuery(), SignatureV1.SIGNATURE)
                && !namesParameter(http.formBody(), SignatureV1.SIGNATURE);
    }

    private static boolean namesParameter(String encoded, String name) {
        return encoded != null && Arrays.stream(encoded.split("&"))
                .anyMatch(pair -> pair.equals(name) || pair.startsWith(name + "="));
    }

    /** The query and form parameters, with {@code Action} and {@code Version} from their headers. */
    @Override
    public PopRequest parameters(PopHttpRequest http) {
        PopRequest request = PopRequest.of(http.method(), http.rawQuery(), http.formBody());
        for (var header : Map.of("Action", ACTION, "Version", VERSION).entrySet()) {
            Optional<String> value = http.header(header.getValue());
            if (value.isPresent()) {
                request = request.with(header.getKey(), value.get().trim());
            }
        }
        return request;
    }

    /**
     * In order: an {@code Authorization} of the form {@code ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..}
     * and every required header present and signed ({@code IncompleteSignature}), {@code x-acs-date} well formed
     * ({@code InvalidTimeStamp.Format}), the nonce not longer than the nonce table holds. With the key's secret: the
     * body hashing to {@code x-acs-content-sha256} ({@code SignatureDoesNotMatch}), then the signature
     * ({@code IncompleteSignature}, echoing the server's string to sign, as the vendor answers v3).
     */
    @Override
    public SignatureClaim claim(PopHttpRequest http, PopRequest request) {
        Authorization authorization = Authorization.parse(http.header(AUTHORIZATION)
                .orElseThrow(() -> new PopException(PopErrors.incompleteSignature("the Authorization header is missing."))));
        for (String name : REQUIRED_SIGNED) {
            if (http.header(name).isEmpty()) {
                throw new PopException(PopErrors.incompleteSignature("the header " + name + " is missing."));
            }
            if (!authorization.signedHeaders().contains(name)) {
                throw new PopException(PopErrors.incompleteSignature("the header " + name + " is not signed."));
            }
        }
        for (String name : authorization.signedHeaders()) {
            if (http.header(name).isEmpty()) {
                throw new PopException(PopErrors.incompleteSignature("the signed header " + name + " is missing."));
            }
        }
        var signedAt = PopAccessControl.timestamp(http.header(DATE).orElseThrow().trim());
        String nonce = PopAccessControl.nonce(NONCE, http.header(NONCE).orElseThrow().trim());
        String hashedPayload = http.header(CONTENT_SHA256).orElseThrow().trim();
        return new SignatureClaim(authorization.accessKeyId(), signedAt, nonce, secret -> {
            if (!PopSignatureV3.sameHex(hashedPayload, PopSignatureV3.sha256Hex(http.body()))) {
                return Optional.of(PopErrors.contentHashDoesNotMatch());
            }
            String stringToSign = PopSignatureV3.stringToSign(canonicalRequest(http, authorization, hashedPayload));
            return PopSignatureV3.sameHex(authorization.signature(), PopSignatureV3.sign(secret, stringToSign))
                    ? Optional.empty()
                    : Optional.of(PopErrors.v3SignatureDoesNotMatch(stringToSign));
        });
    }

    private static String canonicalRequest(PopHttpRequest http, Authorization authorization, String hashedPayload) {
        Map<String, String> query = PopRequest.of(http.method(), http.rawQuery(), null).parameters();
        Map<String, String> headers = new LinkedHashMap<>();
        authorization.signedHeaders().forEach(name -> headers.put(name, http.header(name).orElse("")));
        return PopSignatureV3.canonicalRequest(http.method(), "/", query, authorization.signedHeaders(), headers,
                hashedPayload);
    }

    @Override
    public PopFormat defaultFormat() {
        return PopFormat.JSON;
    }

    @Override
    public String mediaType(PopFormat format) {
        return format == PopFormat.XML ? XML_MEDIA_TYPE : format.mediaType();
    }

    /** The parts of {@code ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>}. */
    record Authorization(String accessKeyId, List<String> signedHeaders, String signature) {

        static Authorization parse(String header) {
            String value = header.trim();
            int space = value.indexOf(' ');
            String algorithm = space < 0 ? value : value.substring(0, space);
            if (!PopSignatureV3.ALGORITHM.equals(algorithm)) {
                throw new PopException(PopErrors.incompleteSignature(
                        "the Authorization algorithm is not " + PopSignatureV3.ALGORITHM + "."));
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : value.substring(space + 1).split(",")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    parts.putIfAbsent(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
                }
            }
            for (String name : List.of("Credential", "SignedHeaders", "Signature")) {
                if (parts.getOrDefault(name, "").isEmpty()) {
                    throw new PopException(PopErrors.incompleteSignature("the Authorization header has no " + name + "."));
                }
            }
            List<String> signed = Arrays.stream(parts.get("SignedHeaders").split(";"))
                    .map(name -> name.trim().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty()).distinct().toList();
            return new Authorization(parts.get("Credential"), signed, parts.get("Signature"));
        }
    }
}

package org.gatewayusers.rest.pop;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gatewayusers.domain.access.AccessKeySecret;

/**
 * Signature v3, {@code ACS3-HMAC-SHA256} (CLIENTS.md "Signature versions"), as the OpenAPI cores compute it
 * ({@code com.aliyun:openapiutil} {@code getAuthorization}):
 * <pre>
 * CanonicalRequest = METHOD \n URI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n HashedPayload
 * StringToSign     = "ACS3-HMAC-SHA256" \n hex(SHA-256(CanonicalRequest))
 * Signature        = hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 * </pre>
 * where the query is every parameter of the query string, sorted by name, each {@code name=value} percent-encoded as
 * v1 encodes ({@link PopSignature#percentEncode}); the headers are the signed ones, lower-case, sorted, each as
 * {@code name:trimmed value} and a line feed; and the payload hash is the {@code x-acs-content-sha256} the client sent,
 * which must itself be the hex SHA-256 of the body.
 */
public final class PopSignatureV3 {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private PopSignatureV3() {
    }

    /** The sorted, encoded query: {@code name=value} joined with {@code &}; an empty value leaves {@code name=}. */
    public static String canonicalQuery(Map<String, String> query) {
        return query.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(PopSignature.BYTE_ORDER))
                .map(parameter -> PopSignature.percentEncode(parameter.getKey()) + "="
                        + PopSignature.percentEncode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The canonical request of a call to {@code uri}; {@code signedHeaders} are lower-case names with their values. */
    public static String canonicalRequest(String method, String uri, Map<String, String> query,
            List<String> signedHeaders, Map<String, String> headers, String hashedPayload) {
        List<String> names = signedHeaders.stream().map(name -> name.toLowerCase(Locale.ROOT)).sorted().toList();
        String canonicalHeaders = names.stream()
                .map(name -> name + ":" + headers.getOrDefault(name, "").trim() + "\n")
                .collect(Collectors.joining());
        return method.toUpperCase(Locale.ROOT) + "\n" + uri + "\n" + canonicalQuery(query) + "\n" + canonicalHeaders
                + "\n" + String.join(";", names) + "\n" + hashedPayload;
    }

    /** {@code ACS3-HMAC-SHA256\n} and the hex SHA-256 of the canonical request. */
    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex of HMAC-SHA256 keyed with the secret itself. */
    public static String sign(AccessKeySecret secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
        }
    }

    /** Lower-case hex of the SHA-256 of the bytes: the {@code x-acs-content-sha256} of a body. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available", unavailable);
        }
    }

    /** Whether two hex strings are the same, case aside, compared in constant time. */
    public static boolean sameHex(String given, String expected) {
        return MessageDigest.isEqual(given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}

package org.gatewayusers.rest.pop;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gatewayusers.domain.access.AccessKeySecret;

/**
 * Signature version 1.0 of the RPC protocol (FAMILIES.md section 4): every parameter but {@code Signature}, from the
 * query string and the form body alike, sorted by name in byte order, percent-encoded as the vendor encodes (only
 * {@code A-Z a-z 0-9 - _ . ~} left as they are, upper-case hex), joined as {@code name=value} with {@code &}; then
 * {@code StringToSign = METHOD + "&" + "%2F" + "&" + percentEncode(that)} and
 * {@code Signature = Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign))}.
 */
public final class PopSignature {

    public static final String METHOD = "HMAC-SHA1";
    public static final String VERSION = "1.0";
    public static final String SIGNATURE_PARAMETER = "Signature";

    /** Names compared as their UTF-8 bytes, unsigned: for the ASCII names clients send, the order of the SDKs. */
    static final Comparator<String> BYTE_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PopSignature() {
    }

    /** UTF-8, with every byte but {@code A-Z a-z 0-9 - _ . ~} as {@code %XX} in upper-case hex (a space is {@code %20}). */
    public static String percentEncode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /** The canonicalized query: all parameters but {@code Signature}, sorted, encoded, joined. */
    public static String canonicalized(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(SIGNATURE_PARAMETER))
                .sorted(Map.Entry.comparingByKey(BYTE_ORDER))
                .map(parameter -> percentEncode(parameter.getKey()) + "=" + percentEncode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** {@code METHOD&%2F&percentEncode(canonicalized)}, the method in upper case as sent. */
    public static String stringToSign(String httpMethod, Map<String, String> parameters) {
        return httpMethod.toUpperCase(java.util.Locale.ROOT) + "&" + percentEncode("/") + "&"
                + percentEncode(canonicalized(parameters));
    }

    /** {@code Base64(HMAC-SHA1(secret + "&", stringToSign))}. */
    public static String sign(AccessKeySecret secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret.reveal() + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException unavailable) {
            throw new IllegalStateException("HMAC-SHA1 is not available", unavailable);
        }
    }

    /** Whether a given signature is the expected one, compared in constant time. */
    public static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}

package org.gatewayusers.domain.access;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The secret half of an access key. Signature v1 is an HMAC keyed with the secret itself, so the secret is kept as
 * it is (a hash could not sign); it never prints itself and must never be logged.
 */
public final class AccessKeySecret {

    private final String secret;

    private AccessKeySecret(String secret) {
        this.secret = secret;
    }

    public static AccessKeySecret of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("an access key secret is not empty");
        }
        return new AccessKeySecret(secret);
    }

    /** For the signature check only. */
    public String reveal() {
        return secret;
    }

    /** Compared in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccessKeySecret that && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), that.secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "AccessKeySecret[****]";
    }
}

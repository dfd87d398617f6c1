package org.gatewayusers.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * A credential hasher for tests: scheme {@code FAKE}, value the SHA-256 of the password in hex, so the same
 * password always gives the same hash and the hash never holds the plaintext. Counts how often it was used.
 */
public final class FakeCredentialHasher implements CredentialHasher {

    public static final String SCHEME = "FAKE";

    private int uses;

    @Override
    public CredentialHash hash(Password password) {
        uses++;
        return expectedFor(password.reveal());
    }

    /** What this hasher makes of a plaintext, to compare with what was stored. */
    public static CredentialHash expectedFor(String plaintext) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
            return new CredentialHash(SCHEME, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public int uses() {
        return uses;
    }
}

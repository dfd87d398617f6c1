package org.gatewayusers.application.smartag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * A client password hasher for tests: scheme {@code FAKE-ARGON2ID}, value the SHA-256 of the password in hex, so the
 * same password always gives the same hash and the hash never holds the plaintext. Counts how often it hashed.
 */
public final class FakeClientPasswordHasher implements ClientPasswordHasher {

    public static final String SCHEME = "FAKE-ARGON2ID";

    private int uses;

    @Override
    public CredentialHash hash(Password password) {
        uses++;
        return expectedFor(password.reveal());
    }

    @Override
    public boolean matches(Password password, CredentialHash stored) {
        return expectedFor(password.reveal()).equals(stored);
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

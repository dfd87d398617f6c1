package org.gatewayusers.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.gatewayusers.application.access.AccountPasswordHasher;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * PBKDF2-HMAC-SHA256 over the password's UTF-8 bytes, with a random 16-byte salt:
 * {@code PBKDF2-SHA256} / {@code <iterations>$<salt, Base64>$<32-byte key, Base64>}. The iteration count is
 * stored with each hash, so that it can be raised later without invalidating stored ones.
 */
@ApplicationScoped
public class Pbkdf2AccountPasswordHasher implements AccountPasswordHasher {

    public static final String SCHEME = "PBKDF2-SHA256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    /** A stored hash asking for more than this is refused: it could stall every login. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public Pbkdf2AccountPasswordHasher() {
        this(ITERATIONS);
    }

    /** With fewer iterations, for tests only. */
    Pbkdf2AccountPasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public CredentialHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder();
        return new CredentialHash(SCHEME, iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(key));
    }

    @Override
    public boolean matches(Password password, CredentialHash hash) {
        if (!SCHEME.equals(hash.scheme())) {
            return false;
        }
        String[] parts = hash.value().split("\\$");
        if (parts.length != 3) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[0]);
            if (storedIterations < 1 || storedIterations > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * The JDK's PBKDF2 rather than BouncyCastle's: the same key (UTF-8 bytes of the password, RFC 8018), in half the
     * time, since the JDK's SHA-256 runs on the processor's SHA instructions. A check is slow by its iteration count,
     * not by its implementation.
     */
    private static byte[] derive(Password password, byte[] salt, int iterations) {
        char[] chars = password.reveal().toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BYTES * 8);
        Arrays.fill(chars, '\0');
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java SE runtime", unavailable);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * Prints the stored form of a password read from standard input (one line), for an operator who inserts an
     * account into {@code ontap_api_account} by hand: {@code <scheme> <hash>}.
     */
    public static void main(String[] args) throws java.io.IOException {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            System.err.println("usage: echo -n 'password' | java ... " + Pbkdf2AccountPasswordHasher.class.getName());
            System.exit(2);
        }
        CredentialHash hash = new Pbkdf2AccountPasswordHasher().hash(Password.of(line));
        System.out.println(hash.scheme() + " " + hash.value());
    }
}

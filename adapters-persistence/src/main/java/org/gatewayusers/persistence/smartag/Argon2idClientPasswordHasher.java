package org.gatewayusers.persistence.smartag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.gatewayusers.application.shared.Settings;
import org.gatewayusers.application.shared.Settings.Setting;
import org.gatewayusers.application.smartag.ClientPasswordHasher;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;

/**
 * Argon2id (RFC 9106) through BouncyCastle, for the passwords of Smart Access Gateway client users: a 16-byte salt of
 * its own for each hash, a 32-byte tag, stored as the PHC string {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>
 * $<salt>$<tag>} (unpadded base64). The cost comes from the settings: {@code ARGON2_MEMORY_KIB} (19456),
 * {@code ARGON2_ITERATIONS} (2) and {@code ARGON2_PARALLELISM} (1), OWASP's minimum; a stored hash is checked with
 * the cost it was made with, so the cost may be raised at any time.
 */
@ApplicationScoped
public class Argon2idClientPasswordHasher implements ClientPasswordHasher {

    public static final String SCHEME = "ARGON2ID";
    static final int SALT_BYTES = 16;
    static final int TAG_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    /** The cost of a hash: memory in KiB, passes over it, lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {

        public static final Cost DEFAULT = new Cost(19_456, 2, 1);
        static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
        static final int MAX_ITERATIONS = 100;
        static final int MAX_PARALLELISM = 64;

        public Cost {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException("Argon2 parallelism must be 1 to " + MAX_PARALLELISM + ": "
                        + parallelism);
            }
            if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
                throw new IllegalArgumentException("Argon2 memory must be 8 KiB per lane to " + MAX_MEMORY_KIB
                        + " KiB: " + memoryKib);
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("Argon2 iterations must be 1 to " + MAX_ITERATIONS + ": "
                        + iterations);
            }
        }

        /** The cost the settings give; an unset or blank one takes its default, anything else but a number fails. */
        public static Cost from(Settings settings) {
            return new Cost(settings.count(Setting.ARGON2_MEMORY_KIB, DEFAULT.memoryKib),
                    settings.count(Setting.ARGON2_ITERATIONS, DEFAULT.iterations),
                    settings.count(Setting.ARGON2_PARALLELISM, DEFAULT.parallelism));
        }
    }

    private final Cost cost;
    private final SecureRandom random;

    /** The cost from the settings (CDI builds it so). */
    @Inject
    public Argon2idClientPasswordHasher(Settings settings) {
        this(Cost.from(settings), new SecureRandom());
    }

    /** For the container's client proxy only: it delegates every call to the instance built above. */
    protected Argon2idClientPasswordHasher() {
        this(Cost.DEFAULT, new SecureRandom());
    }

    public Argon2idClientPasswordHasher(Cost cost, SecureRandom random) {
        this.cost = cost;
        this.random = random;
    }

    @Override
    public CredentialHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return hash(password, salt);
    }

    /** With a salt of the caller's: for tests against reference values only. */
    CredentialHash hash(Password password, byte[] salt) {
        byte[] tag = derive(password, salt, cost, TAG_BYTES);
        return new CredentialHash(SCHEME, "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p="
                + cost.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(tag));
    }

    /** A hash of another scheme, or not a PHC string of Argon2id, matches nothing. */
    @Override
    public boolean matches(Password password, CredentialHash stored) {
        if (!SCHEME.equals(stored.scheme())) {
            return false;
        }
        Matcher phc = PHC.matcher(stored.value());
        if (!phc.matches()) {
            return false;
        }
        try {
            Cost storedCost = new Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3)));
            byte[] salt = DECODER.decode(phc.group(4));
            byte[] expected = DECODER.decode(phc.group(5));
            return MessageDigest.isEqual(expected, derive(password, salt, storedCost, expected.length));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public Cost cost() {
        return cost;
    }

    private static byte[] derive(Password password, byte[] salt, Cost cost, int tagLength) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] plaintext = password.reveal().getBytes(StandardCharsets.UTF_8);
        byte[] tag = new byte[tagLength];
        try {
            generator.generateBytes(plaintext, tag);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
        return tag;
    }
}

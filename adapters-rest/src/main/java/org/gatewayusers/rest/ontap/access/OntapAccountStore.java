package org.gatewayusers.rest.ontap.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gatewayusers.application.access.AuthenticateApiCaller;
import org.gatewayusers.application.access.LoginAttempt;
import org.gatewayusers.application.access.LoginOutcome;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.shared.Password;

/**
 * The identity store of the ONTAP REST API: an account of the configuration or of the database, its role as
 * the caller's one group (and role): {@code admin} or {@code readonly}.
 *
 * <p>Checking a password costs a slow hash (PBKDF2, about a second's fraction by design), too much for every
 * request of a client that sends its credentials each time. A credential checked once is remembered for
 * {@link #REMEMBERED} under a keyed hash of name and password (HMAC-SHA256 with a key drawn at start, never the
 * password itself), and simultaneous requests with the same new credentials wait for one check; a remembered one
 * neither waits for a password-check slot nor reaches the database. In the last {@link #RENEWED_AHEAD} of that time,
 * one request checks the credential again while the others go on with the remembered check, so that a client sending
 * its credentials with every request does not see all its requests wait for a slow hash every {@link #REMEMBERED}.
 * A failed check is never remembered. Any change of an account through this server forgets all; a change made through
 * another server sharing the database is seen here within {@link #REMEMBERED}.
 *
 * <p>Credentials verified once are also known, under the same keyed hash, for {@link #KNOWN}: when they have to be
 * checked again, they are not refused for their address's failures and have password-check slots of their own
 * ({@link AuthenticateApiCaller}), so that strangers guessing from the same address (a NAT, a proxy) cannot lock out
 * the callers this server knows.
 *
 * <p>A refused login is logged at INFO (the client's error, no fault of the server): the client's address and why,
 * never the name or the password (a password typed into the name field is a classic); on Open Liberty the line
 * carries the request's id.
 */
@ApplicationScoped
public class OntapAccountStore implements IdentityStore {

    static final Duration REMEMBERED = Duration.ofSeconds(30);
    static final Duration RENEWED_AHEAD = Duration.ofSeconds(10);
    static final Duration KNOWN = Duration.ofHours(12);
    private static final int MAX_REMEMBERED = 10_000;
    /** The client address of a credential that came otherwise than through {@link OntapBasicAuthentication}. */
    private static final String NO_ADDRESS = "unknown";

    private static final Logger LOG = Logger.getLogger(OntapAccountStore.class.getName());

    @Inject
    AuthenticateApiCaller authenticate;

    /** The monotonic clock of the remembered checks (a test's own). */
    java.util.function.LongSupplier nanoTime = System::nanoTime;

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Checked> checked = new ConcurrentHashMap<>();
    /** Fingerprints of credentials verified before, and until when they count as known. */
    private final ConcurrentHashMap<String, Long> known = new ConcurrentHashMap<>();

    /** A check and until when it counts; {@code renewal} is the check running to replace it, if one is. */
    private record Checked(CompletableFuture<Optional<ApiRole>> role, long until,
            CompletableFuture<Optional<ApiRole>> renewal) {

        boolean validAt(long now) {
            return until - now > 0;
        }

        /** Succeeded, due for renewal and not being renewed. */
        boolean dueAt(long now) {
            return renewal == null && until - now < RENEWED_AHEAD.toNanos() && role.isDone()
                    && !role.isCompletedExceptionally() && role.join().isPresent();
        }
    }

    public OntapAccountStore() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String address = login instanceof OntapLogin ontap ? ontap.clientAddress() : NO_ADDRESS;
        Optional<ApiRole> role = roleOf(login.getCaller(), login.getPasswordAsString(), address);
        return role.map(r -> new CredentialValidationResult(login.getCaller(), Set.of(r.roleName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return validationResult.getCallerGroups();
    }

    /** Forgets every remembered check: an account changed. */
    public void forgetAll() {
        checked.clear();
    }

    private Optional<ApiRole> roleOf(String name, String password, String address) {
        String id = fingerprint(name, password);
        long now = nanoTime.getAsLong();
        CompletableFuture<Optional<ApiRole>> mine = new CompletableFuture<>();
        Checked entry = checked.compute(id, (k, known) -> {
            if (known == null || !known.validAt(now)) {
                return new Checked(mine, now + REMEMBERED.toNanos(), null);
            }
            return known.dueAt(now) ? new Checked(known.role(), known.until(), mine) : known;
        });
        if (entry.renewal() == mine) {
            return renew(id, name, password, address, now, entry);
        }
        if (entry.role() == mine) {
            try {
                mine.complete(check(id, name, password, address, now).role());
            } catch (RuntimeException failure) {
                mine.completeExceptionally(failure);
                checked.remove(id, entry);
                throw failure;
            }
            if (mine.join().isEmpty()) {
                checked.remove(id, entry);
            } else {
                if (checked.size() > MAX_REMEMBERED) {
                    checked.clear();
                }
                if (known.size() > MAX_REMEMBERED) {
                    known.clear();
                }
                known.put(id, now + KNOWN.toNanos());
            }
        }
        return entry.role().join();
    }

    /**
     * Checks a remembered credential again, for this request, while the others use the remembered check: a success is
     * remembered anew, a refusal forgets it (the next requests check it themselves).
     */
    private Optional<ApiRole> renew(String id, String name, String password, String address, long now, Checked entry) {
        LoginOutcome outcome;
        try {
            outcome = check(id, name, password, address, now);
        } catch (RuntimeException failure) {
            checked.computeIfPresent(id, (k, current) -> current == entry
                    ? new Checked(entry.role(), entry.until(), null) : current);
            entry.renewal().completeExceptionally(failure);
            throw failure;
        }
        entry.renewal().complete(outcome.role());
        if (outcome.role().isPresent()) {
            checked.computeIfPresent(id, (k, current) -> current == entry
                    ? new Checked(entry.renewal(), nanoTime.getAsLong() + REMEMBERED.toNanos(), null) : current);
            known.put(id, now + KNOWN.toNanos());
        } else {
            checked.remove(id, entry);
        }
        return outcome.role();
    }

    /** The password check itself (slow by design); a refusal is logged. */
    private LoginOutcome check(String id, String name, String password, String address, long now) {
        LoginOutcome outcome = authenticate.authenticate(
                new LoginAttempt(name, Password.of(password), address, knownAt(id, now)));
        outcome.refusal().ifPresent(refusal -> LOG.info(() -> "ONTAP login refused from " + address
                + ": " + refusal.name().toLowerCase(Locale.ROOT)));
        return outcome;
    }

    private boolean knownAt(String id, long now) {
        Long until = known.get(id);
        return until != null && until - now > 0;
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}

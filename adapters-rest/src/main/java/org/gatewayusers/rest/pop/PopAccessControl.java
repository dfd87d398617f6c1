package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.gatewayusers.application.access.FindAccessKey;
import org.gatewayusers.application.access.GuardAgainstReplay;
import org.gatewayusers.domain.access.AccessKey;

/**
 * Who may call the RPC endpoint: {@link #authenticate} checks the signature (v1 or v3, {@link PopSignatureScheme}) once
 * per request, before any dispatch;
 * {@link #authorise} then holds the resolved action against the key's RAM policies. Refusals are the protocol's own
 * errors ({@link PopErrors}). Secrets are only ever used for the HMAC here, never logged or echoed.
 */
@ApplicationScoped
public class PopAccessControl {

    /** {@code yyyy-MM-ddTHH:mm:ssZ}, UTC. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withResolverStyle(ResolverStyle.STRICT);
    /** What the nonce table holds; longer nonces are refused rather than cut. */
    static final int MAX_NONCE_LENGTH = 255;

    @Inject
    FindAccessKey findAccessKey;

    @Inject
    GuardAgainstReplay guardAgainstReplay;

    @Inject
    PopTransactions transactions;

    /** The key that signed the request, read by the scheme its shape chose. */
    public AccessKey authenticate(PopSignatureScheme scheme, PopHttpRequest wire, PopRequest request) {
        return authenticate(scheme.claim(wire, request));
    }

    /** The key that signed a v1 request ({@link SignatureV1}); see {@link #authenticate(SignatureClaim)}. */
    public AccessKey authenticate(PopRequest request) {
        return authenticate(new SignatureV1().claim(request));
    }

    /**
     * The key that signed the request, whatever its signature version: after the scheme has checked the claim's form,
     * the key known ({@code InvalidAccessKeyId.NotFound}) and enabled ({@code InvalidAccessKeyId.Inactive}), the
     * signature right (the scheme's error), the time within 15 minutes ({@code InvalidTimeStamp.Expired}) and the nonce
     * new ({@code SignatureNonceUsed}). The nonce is used up in a transaction of its own, committed whatever the action
     * then does, so a request is never run twice.
     */
    public AccessKey authenticate(SignatureClaim claim) {
        return transactions.run(() -> {
            AccessKey key = findAccessKey.find(claim.accessKeyId())
                    .orElseThrow(() -> new PopException(PopErrors.accessKeyNotFound()));
            if (!key.enabled()) {
                throw new PopException(PopErrors.accessKeyInactive());
            }
            claim.mismatch().apply(key.secret()).ifPresent(error -> {
                throw new PopException(error);
            });
            switch (guardAgainstReplay.check(key.id(), claim.signedAt(), claim.nonce())) {
                case EXPIRED -> throw new PopException(PopErrors.timestampExpired());
                case NONCE_USED -> throw new PopException(PopErrors.signatureNonceUsed());
                case FRESH -> {
                    return key;
                }
                default -> throw new IllegalStateException("unknown freshness");
            }
        });
    }

    /**
     * Whether the caller's policies allow the action on the resource the request names; an explicit {@code Deny}
     * wins, and no {@code Allow} is a denial: {@code Forbidden.RAM} either way.
     */
    public void authorise(AccessKey caller, PopAction action, PopRequest request) {
        String resource = PopResources.resource(action, request, caller.accountId());
        if (!caller.decide(PopResources.action(action), resource).allowed()) {
            throw new PopException(PopErrors.forbiddenRam());
        }
    }

    /** A nonce as the nonce table holds it; longer ones are refused rather than cut. */
    static String nonce(String name, String nonce) {
        if (nonce.length() > MAX_NONCE_LENGTH) {
            throw new PopException(PopErrors.invalidParameter(name, "at most " + MAX_NONCE_LENGTH + " characters."));
        }
        return nonce;
    }

    static Instant timestamp(String text) {
        try {
            return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException malformed) {
            throw new PopException(PopErrors.timestampFormat());
        }
    }
}

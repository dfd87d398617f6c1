package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.gatewayusers.application.shared.access.FindAccessKey;
import org.gatewayusers.application.shared.access.GuardAgainstReplay;
import org.gatewayusers.domain.shared.access.AccessKey;

/**
 * Who may call the RPC endpoint: {@link #authenticate} checks signature v1 once per request, before any dispatch;
 * {@link #authorise} then holds the resolved action against the key's RAM policies. Refusals are the protocol's own
 * errors ({@link PopErrors}). Secrets are only ever used for the HMAC here, never logged or echoed.
 */
@ApplicationScoped
public class PopAccessControl {

    /** The signature fields, in the order their absence is reported. */
    static final List<String> SIGNATURE_FIELDS = List.of(
            "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp");
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

    /**
     * The key that signed the request. In order: every signature field present ({@code MissingParameter}), method and
     * version supported ({@code InvalidParameter}), {@code Timestamp} well formed ({@code InvalidTimeStamp.Format}),
     * the key known ({@code InvalidAccessKeyId.NotFound}) and enabled ({@code InvalidAccessKeyId.Inactive}), the
     * signature right ({@code SignatureDoesNotMatch}, echoing the server's string to sign), the time within 15
     * minutes ({@code InvalidTimeStamp.Expired}) and the nonce new ({@code SignatureNonceUsed}). The nonce is used up
     * in a transaction of its own, committed whatever the action then does, so a request is never run twice.
     */
    public AccessKey authenticate(PopRequest request) {
        SIGNATURE_FIELDS.forEach(request::required);
        if (!PopSignature.METHOD.equals(request.required("SignatureMethod"))) {
            throw new PopException(PopErrors.invalidParameter("SignatureMethod", PopSignature.METHOD + " is expected."));
        }
        if (!PopSignature.VERSION.equals(request.required("SignatureVersion"))) {
            throw new PopException(PopErrors.invalidParameter("SignatureVersion", PopSignature.VERSION + " is expected."));
        }
        Instant signedAt = timestamp(request.required("Timestamp"));
        String nonce = request.required("SignatureNonce");
        if (nonce.length() > MAX_NONCE_LENGTH) {
            throw new PopException(PopErrors.invalidParameter("SignatureNonce", "at most " + MAX_NONCE_LENGTH + " characters."));
        }
        String accessKeyId = request.required("AccessKeyId");
        return transactions.run(() -> {
            AccessKey key = findAccessKey.find(accessKeyId)
                    .orElseThrow(() -> new PopException(PopErrors.accessKeyNotFound()));
            if (!key.enabled()) {
                throw new PopException(PopErrors.accessKeyInactive());
            }
            String stringToSign = PopSignature.stringToSign(request.httpMethod(), request.parameters());
            if (!PopSignature.matches(request.required("Signature"), PopSignature.sign(key.secret(), stringToSign))) {
                throw new PopException(PopErrors.signatureDoesNotMatch(stringToSign));
            }
            switch (guardAgainstReplay.check(key.id(), signedAt, nonce)) {
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

    static Instant timestamp(String text) {
        try {
            return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException malformed) {
            throw new PopException(PopErrors.timestampFormat());
        }
    }
}

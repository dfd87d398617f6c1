package org.gatewayusers.application.access;

import java.time.Instant;

/**
 * The {@code SignatureNonce}s already used, per access key. Kept where every server sees them (the database), so
 * that neither a restart nor a second server forgets one.
 */
public interface SignatureNonces {

    /**
     * Records the nonce as used until {@code rememberUntil}; false when it is remembered already (a record whose time
     * is at or before {@code now} no longer counts). Two servers claiming one nonce at once: one of them gets false.
     */
    boolean claim(String accessKeyId, String nonce, Instant now, Instant rememberUntil);

    /** Forgets the nonces no longer remembered at {@code now}; returns how many. */
    int forgetExpired(Instant now);
}

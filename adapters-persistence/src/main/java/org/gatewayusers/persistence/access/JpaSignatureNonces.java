package org.gatewayusers.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.gatewayusers.application.access.SignatureNonces;

/**
 * Used nonces in {@code signature_nonce}, which every server shares. The replay check is the insert itself: the
 * primary key (key, nonce) lets only one row in ({@code ON CONFLICT DO NOTHING} inserts none when it is there), so two
 * servers racing on one nonce cannot both accept it. A row past
 * its time is deleted first, so a nonce may come back once it is forgotten.
 */
@ApplicationScoped
class JpaSignatureNonces implements SignatureNonces {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public boolean claim(String accessKeyId, String nonce, Instant now, Instant rememberUntil) {
        em.createQuery("DELETE FROM SignatureNonceEntity n WHERE n.accessKeyId = :key AND n.nonce = :nonce"
                        + " AND n.rememberUntil <= :now")
                .setParameter("key", accessKeyId)
                .setParameter("nonce", nonce)
                .setParameter("now", now.getEpochSecond())
                .executeUpdate();
        // a replay is an ordinary refusal, not a fault: the insert that finds the row there inserts nothing, rather
        // than fail on the key (which would be logged, and in PostgreSQL would end the transaction)
        return em.createNativeQuery("INSERT INTO signature_nonce (access_key_id, nonce, remember_until)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, accessKeyId)
                .setParameter(2, nonce)
                .setParameter(3, rememberUntil.getEpochSecond())
                .executeUpdate() == 1;
    }

    @Override
    public int forgetExpired(Instant now) {
        return em.createQuery("DELETE FROM SignatureNonceEntity n WHERE n.rememberUntil <= :now")
                .setParameter("now", now.getEpochSecond())
                .executeUpdate();
    }
}

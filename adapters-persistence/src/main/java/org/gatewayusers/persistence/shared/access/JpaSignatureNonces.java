package org.gatewayusers.persistence.shared.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.gatewayusers.application.shared.access.SignatureNonces;
import org.gatewayusers.persistence.shared.ConstraintViolations;

/**
 * Used nonces in {@code signature_nonce}, which every server shares. The replay check is the insert itself: the
 * primary key (key, nonce) refuses a second row, so two servers racing on one nonce cannot both accept it. A row past
 * its time is deleted first, so a nonce may come back once it is forgotten.
 */
@ApplicationScoped
class JpaSignatureNonces implements SignatureNonces {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    /** Thrown and caught here only: the nonce is taken. */
    private static final class Taken extends RuntimeException {
        Taken() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean claim(String accessKeyId, String nonce, Instant now, Instant rememberUntil) {
        em.createQuery("DELETE FROM SignatureNonceEntity n WHERE n.accessKeyId = :key AND n.nonce = :nonce"
                        + " AND n.rememberUntil <= :now")
                .setParameter("key", accessKeyId)
                .setParameter("nonce", nonce)
                .setParameter("now", now.getEpochSecond())
                .executeUpdate();
        try {
            ConstraintViolations.persistOrReject(em,
                    new SignatureNonceEntity(accessKeyId, nonce, rememberUntil.getEpochSecond()), Taken::new,
                    () -> new IllegalStateException("a signature nonce row violates a constraint other than its key"));
            return true;
        } catch (Taken taken) {
            return false;
        }
    }

    @Override
    public int forgetExpired(Instant now) {
        return em.createQuery("DELETE FROM SignatureNonceEntity n WHERE n.rememberUntil <= :now")
                .setParameter("now", now.getEpochSecond())
                .executeUpdate();
    }
}

package org.gatewayusers.persistence.ontap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatewayusers.application.ontap.RidBlocks;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The counter lives in the SVM's row and is advanced by one UPDATE, whose row lock lasts until the transaction
 * ends: two servers on one database can never reserve one RID twice. The caller runs this in a transaction of its
 * own (the composition root does), so that the lock is held for these two statements only.
 */
@ApplicationScoped
class JpaRidBlocks implements RidBlocks {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Rid reserve(SvmUuid svm, int count) {
        int updated = em.createNativeQuery("UPDATE svm SET next_rid = next_rid + ?1 WHERE uuid = ?2")
                .setParameter(1, count)
                .setParameter(2, svm.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no SVM " + svm + " to reserve RIDs on");
        }
        Number next = (Number) em.createNativeQuery("SELECT next_rid FROM svm WHERE uuid = ?1")
                .setParameter(1, svm.value())
                .getSingleResult();
        return new Rid(next.longValue() - count);
    }
}

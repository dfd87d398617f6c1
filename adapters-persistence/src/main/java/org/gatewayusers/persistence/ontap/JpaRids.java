package org.gatewayusers.persistence.ontap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatewayusers.application.ontap.Rids;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The counter lives in the SVM's row and is advanced by one UPDATE, whose row lock lasts until
 * the transaction ends: two servers on one database can never hand out one RID twice.
 */
@ApplicationScoped
class JpaRids implements Rids {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Rid next(SvmUuid svm) {
        int updated = em.createNativeQuery("UPDATE svm SET next_rid = next_rid + 1 WHERE uuid = ?1")
                .setParameter(1, svm.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no SVM " + svm + " to allocate a RID on");
        }
        Number next = (Number) em.createNativeQuery("SELECT next_rid FROM svm WHERE uuid = ?1")
                .setParameter(1, svm.value())
                .getSingleResult();
        return new Rid(next.longValue() - 1);
    }
}

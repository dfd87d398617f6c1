package org.gatewayusers.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatewayusers.application.shared.ClusterLocks;

/** The rows of {@code cluster_lock}, locked with {@code SELECT ... FOR UPDATE} in the caller's transaction. */
@ApplicationScoped
class JpaClusterLocks implements ClusterLocks {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public void holdUntilCommit(String name) {
        if (em.createNativeQuery("SELECT name FROM cluster_lock WHERE name = ?1 FOR UPDATE").setParameter(1, name)
                .getResultList().isEmpty()) {
            throw new IllegalArgumentException("no such lock: " + name);
        }
    }
}

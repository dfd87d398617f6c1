package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_FOUND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.gatewayusers.application.sgw.Gateways;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundleId;
import org.gatewayusers.persistence.shared.ConstraintViolations;
import org.gatewayusers.persistence.shared.UniqueKeyLookups;

@ApplicationScoped
class JpaGateways implements Gateways {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<Gateway> withId(GatewayId id) {
        return Optional.ofNullable(em.find(GatewayEntity.class, id.value())).map(GatewayMapper::toDomain);
    }

    @Override
    public boolean existsNamed(StorageBundleId storageBundle, GatewayName name) {
        return UniqueKeyLookups.finds(em.createQuery(
                        "SELECT g.id FROM GatewayEntity g WHERE g.storageBundleId = :bundle AND g.name = :name",
                        String.class)
                .setParameter("bundle", storageBundle.value())
                .setParameter("name", name.value()));
    }

    @Override
    public void add(Gateway gateway) {
        ConstraintViolations.persistOrReject(em, GatewayMapper.toNewEntity(gateway),
                () -> new SgwRejection(GATEWAY_NAME_EXISTS, Subject.GATEWAY_NAME),
                () -> new SgwRejection(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE));
    }

    @Override
    public void update(Gateway gateway) {
        GatewayMapper.copyState(gateway, require(gateway.id()));
        em.flush();
    }

    @Override
    public void remove(Gateway gateway) {
        em.remove(require(gateway.id()));
        em.flush();
    }

    @Override
    public List<Gateway> ofStorageBundle(StorageBundleId storageBundle, int offset, int limit) {
        return em.createQuery("SELECT g FROM GatewayEntity g WHERE g.storageBundleId = :bundle"
                        + " ORDER BY g.createdAt, g.id", GatewayEntity.class)
                .setParameter("bundle", storageBundle.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(GatewayMapper::toDomain)
                .toList();
    }

    @Override
    public long countOfStorageBundle(StorageBundleId storageBundle) {
        return em.createQuery("SELECT COUNT(g) FROM GatewayEntity g WHERE g.storageBundleId = :bundle", Long.class)
                .setParameter("bundle", storageBundle.value())
                .getSingleResult();
    }

    /**
     * The counter lives in the gateway's row and is advanced by one UPDATE, whose row lock lasts until the
     * transaction ends: two servers on one database never hand out one number twice, and submissions on one
     * gateway wait for each other.
     */
    @Override
    public OptionalLong nextTaskSequence(GatewayId gateway) {
        int updated = em.createNativeQuery("UPDATE sgw_gateway SET last_task_sequence = last_task_sequence + 1 WHERE id = ?1")
                .setParameter(1, gateway.value())
                .executeUpdate();
        if (updated != 1) {
            return OptionalLong.empty();
        }
        Number last = (Number) em.createNativeQuery("SELECT last_task_sequence FROM sgw_gateway WHERE id = ?1")
                .setParameter(1, gateway.value())
                .getSingleResult();
        return OptionalLong.of(last.longValue());
    }

    private GatewayEntity require(GatewayId id) {
        GatewayEntity entity = em.find(GatewayEntity.class, id.value());
        if (entity == null) {
            throw new IllegalStateException("no gateway " + id);
        }
        return entity;
    }
}

package org.gatewayusers.persistence.smartag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gatewayusers.application.smartag.SagInstances;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;

/**
 * The instances, and the count of each one's client users in its row: it is advanced by one conditional UPDATE
 * ({@code user_count < user_quota}) whose row lock lasts until the transaction ends, so that the creates and deletes
 * of one instance's users wait for each other on every server, and exactly the quota succeeds.
 */
@ApplicationScoped
class JpaSagInstances implements SagInstances {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<SagInstance> withId(SagInstanceId id) {
        return Optional.ofNullable(em.find(SagInstanceEntity.class, id.value())).map(SagInstanceMapper::toDomain);
    }

    @Override
    public void add(SagInstance instance) {
        em.persist(SagInstanceMapper.toNewEntity(instance));
        em.flush();
        instance.clientBlock().ifPresent(block -> FreeClientIps.reset(em, instance.id().value(), block));
    }

    @Override
    public void update(SagInstance instance) {
        SagInstanceEntity entity = require(instance.id());
        String blockBefore = entity.cidrBlock;
        SagInstanceMapper.copyState(instance, entity);
        em.flush();
        if (!Objects.equals(blockBefore, entity.cidrBlock)) {
            instance.clientBlock().ifPresent(block -> FreeClientIps.reset(em, instance.id().value(), block));
        }
    }

    /** The free ranges first (they refer to the instance), then the instance's row; its users are gone already. */
    @Override
    public void remove(SagInstanceId id) {
        FreeClientIps.forget(em, id.value());
        em.remove(require(id));
        em.flush();
    }

    @Override
    public List<SagInstance> page(RegionId region, int offset, int limit) {
        TypedQuery<SagInstanceEntity> query = em.createQuery("SELECT i FROM SagInstanceEntity i"
                + (region == null ? "" : " WHERE i.regionId = :region") + " ORDER BY i.createdAt, i.id",
                SagInstanceEntity.class);
        if (region != null) {
            query.setParameter("region", region.value());
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(SagInstanceMapper::toDomain).toList();
    }

    @Override
    public long count(RegionId region) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i) FROM SagInstanceEntity i"
                + (region == null ? "" : " WHERE i.regionId = :region"), Long.class);
        if (region != null) {
            query.setParameter("region", region.value());
        }
        return query.getSingleResult();
    }

    /** An UPDATE that changes nothing still locks the row until the transaction ends. */
    @Override
    public boolean hold(SagInstanceId id) {
        return em.createNativeQuery("UPDATE smartag_instance SET user_count = user_count WHERE id = ?1")
                .setParameter(1, id.value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean takeUserSlot(SagInstanceId id) {
        return em.createNativeQuery("UPDATE smartag_instance SET user_count = user_count + 1"
                        + " WHERE id = ?1 AND user_count < user_quota")
                .setParameter(1, id.value())
                .executeUpdate() == 1;
    }

    @Override
    public void releaseUserSlot(SagInstanceId id) {
        int updated = em.createNativeQuery("UPDATE smartag_instance SET user_count = user_count - 1"
                        + " WHERE id = ?1 AND user_count > 0")
                .setParameter(1, id.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no client user of instance " + id + " to count off");
        }
    }

    private SagInstanceEntity require(SagInstanceId id) {
        SagInstanceEntity entity = em.find(SagInstanceEntity.class, id.value());
        if (entity == null) {
            throw new IllegalStateException("no SAG instance " + id);
        }
        return entity;
    }
}

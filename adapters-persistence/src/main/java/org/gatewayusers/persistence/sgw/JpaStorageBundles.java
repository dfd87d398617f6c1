package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_EMPTY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.sgw.StorageBundles;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleId;
import org.gatewayusers.domain.sgw.StorageBundleName;
import org.gatewayusers.persistence.shared.ConstraintViolations;
import org.gatewayusers.persistence.shared.UniqueKeyLookups;

@ApplicationScoped
class JpaStorageBundles implements StorageBundles {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<StorageBundle> withId(StorageBundleId id) {
        return Optional.ofNullable(em.find(StorageBundleEntity.class, id.value())).map(StorageBundleMapper::toDomain);
    }

    @Override
    public boolean existsNamed(StorageBundleName name) {
        return UniqueKeyLookups.finds(em.createQuery("SELECT b.id FROM StorageBundleEntity b WHERE b.name = :name",
                        String.class)
                .setParameter("name", name.value()));
    }

    @Override
    public void add(StorageBundle bundle) {
        ConstraintViolations.persistOrReject(em, StorageBundleMapper.toEntity(bundle),
                () -> new SgwRejection(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME));
    }

    @Override
    public void update(StorageBundle bundle) {
        StorageBundleEntity entity = em.find(StorageBundleEntity.class, bundle.id().value());
        if (entity == null) {
            throw new IllegalStateException("no storage bundle to update: " + bundle.id());
        }
        entity.name = bundle.name().value();
        entity.description = bundle.description();
        ConstraintViolations.flushOrReject(em, () -> new SgwRejection(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME));
    }

    @Override
    public List<StorageBundle> page(int offset, int limit) {
        return em.createQuery("SELECT b FROM StorageBundleEntity b ORDER BY b.createdAt, b.id", StorageBundleEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(StorageBundleMapper::toDomain)
                .toList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(b) FROM StorageBundleEntity b", Long.class).getSingleResult();
    }

    /** A gateway added meanwhile makes the foreign key refuse the delete. */
    @Override
    public void remove(StorageBundle bundle) {
        StorageBundleEntity entity = em.find(StorageBundleEntity.class, bundle.id().value());
        if (entity == null) {
            throw new IllegalStateException("no storage bundle " + bundle.id());
        }
        em.remove(entity);
        ConstraintViolations.flushOrReject(em, () -> new SgwRejection(STORAGE_BUNDLE_NOT_EMPTY, Subject.STORAGE_BUNDLE));
    }
}

package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.Svms;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.ConstraintViolations;

@ApplicationScoped
class JpaSvms implements Svms {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<Svm> withUuid(SvmUuid uuid) {
        return Optional.ofNullable(em.find(SvmEntity.class, uuid.value())).map(SvmMapper::toDomain);
    }

    @Override
    public Optional<Svm> named(String name) {
        return em.createQuery("SELECT s FROM SvmEntity s WHERE s.name = :name", SvmEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .map(SvmMapper::toDomain);
    }

    @Override
    public List<Svm> all() {
        return em.createQuery("SELECT s FROM SvmEntity s ORDER BY s.name", SvmEntity.class)
                .getResultStream()
                .map(SvmMapper::toDomain)
                .toList();
    }

    @Override
    public void add(Svm svm) {
        ConstraintViolations.persistOrReject(em, SvmMapper.toNewEntity(svm), () -> new OntapRejection(SVM_EXISTS, "name"));
    }

    @Override
    public void update(Svm svm) {
        SvmMapper.copyState(svm, require(svm));
        ConstraintViolations.flushOrReject(em, () -> new OntapRejection(SVM_EXISTS, "name"));
    }

    @Override
    public void remove(Svm svm) {
        em.remove(require(svm));
        em.flush();
    }

    private SvmEntity require(Svm svm) {
        SvmEntity entity = em.find(SvmEntity.class, svm.uuid().value());
        if (entity == null) {
            throw new IllegalStateException("no SVM " + svm.uuid());
        }
        return entity;
    }
}

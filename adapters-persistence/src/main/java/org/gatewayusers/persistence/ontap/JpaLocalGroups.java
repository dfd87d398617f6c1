package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.LocalGroups;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.ConstraintViolations;

@ApplicationScoped
class JpaLocalGroups implements LocalGroups {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public boolean existsNamed(SvmUuid svm, LocalGroupName name) {
        return !em.createQuery("SELECT g.sid FROM LocalGroupEntity g WHERE g.svmUuid = :svm AND g.nameKey = :key",
                        String.class)
                .setParameter("svm", svm.value())
                .setParameter("key", name.key())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(LocalGroup group) {
        ConstraintViolations.persistOrReject(em, LocalGroupMapper.toEntity(group),
                () -> new OntapRejection(GROUP_EXISTS, "name"));
        JpaMemberships.insert(em, group.svm(), group.sid(), group.members());
    }

    @Override
    public Optional<LocalGroup> withSid(SvmUuid svm, Sid sid) {
        return Optional.ofNullable(managed(svm, sid)).map(LocalGroupMapper::toDomain);
    }

    @Override
    public Optional<LocalGroup> named(SvmUuid svm, LocalGroupName name) {
        return em.createQuery("SELECT g FROM LocalGroupEntity g WHERE g.svmUuid = :svm AND g.nameKey = :key",
                        LocalGroupEntity.class)
                .setParameter("svm", svm.value())
                .setParameter("key", name.key())
                .getResultStream()
                .findFirst()
                .map(LocalGroupMapper::toDomain);
    }

    /** The groups alone: their members are read through {@link JpaMemberships}. */
    @Override
    public List<LocalGroup> ofSvm(SvmUuid svm) {
        return em.createQuery("SELECT g FROM LocalGroupEntity g WHERE g.svmUuid = :svm ORDER BY g.sid",
                        LocalGroupEntity.class)
                .setParameter("svm", svm.value())
                .getResultStream()
                .map(LocalGroupMapper::toDomain)
                .toList();
    }

    @Override
    public void update(LocalGroup group) {
        LocalGroupMapper.copyState(group, require(group));
        ConstraintViolations.flushOrReject(em, () -> new OntapRejection(GROUP_EXISTS, "name"));
    }

    @Override
    public void remove(LocalGroup group) {
        em.createNativeQuery("DELETE FROM cifs_group_member WHERE svm_uuid = ?1 AND group_sid = ?2")
                .setParameter(1, group.svm().value())
                .setParameter(2, group.sid().value())
                .executeUpdate();
        em.remove(require(group));
        em.flush();
    }

    private LocalGroupEntity managed(SvmUuid svm, Sid sid) {
        return em.find(LocalGroupEntity.class, new LocalGroupEntity.Key(svm.value(), sid.value()));
    }

    private LocalGroupEntity require(LocalGroup group) {
        LocalGroupEntity entity = managed(group.svm(), group.sid());
        if (entity == null) {
            throw new IllegalStateException("no local group " + group.sid() + " on SVM " + group.svm());
        }
        return entity;
    }
}

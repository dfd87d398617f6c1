package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.LocalUsers;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.ConstraintViolations;

@ApplicationScoped
class JpaLocalUsers implements LocalUsers {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public boolean existsNamed(SvmUuid svm, LocalUserName name) {
        return !em.createQuery("SELECT u.sid FROM LocalUserEntity u WHERE u.svmUuid = :svm AND u.nameKey = :key",
                        String.class)
                .setParameter("svm", svm.value())
                .setParameter("key", name.key())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(LocalUser user) {
        ConstraintViolations.persistOrReject(em, LocalUserMapper.toEntity(user),
                () -> new OntapRejection(USER_EXISTS, "name"));
    }

    @Override
    public Optional<LocalUser> withSid(SvmUuid svm, Sid sid) {
        return Optional.ofNullable(managed(svm, sid)).map(LocalUserMapper::toDomain);
    }

    @Override
    public Optional<LocalUser> named(SvmUuid svm, LocalUserName name) {
        return em.createQuery("SELECT u FROM LocalUserEntity u WHERE u.svmUuid = :svm AND u.nameKey = :key",
                        LocalUserEntity.class)
                .setParameter("svm", svm.value())
                .setParameter("key", name.key())
                .getResultStream()
                .findFirst()
                .map(LocalUserMapper::toDomain);
    }

    /** In SID order: all SIDs of an SVM share its domain SID, so the numeric RID orders them (500 before 1000). */
    @Override
    public List<LocalUser> ofSvm(SvmUuid svm) {
        return em.createQuery("SELECT u FROM LocalUserEntity u WHERE u.svmUuid = :svm ORDER BY u.rid, u.sid",
                        LocalUserEntity.class)
                .setParameter("svm", svm.value())
                .getResultStream()
                .map(LocalUserMapper::toDomain)
                .toList();
    }

    @Override
    public void update(LocalUser user) {
        LocalUserMapper.copyState(user, require(user));
        ConstraintViolations.flushOrReject(em, () -> new OntapRejection(USER_EXISTS, "name"));
    }

    @Override
    public void remove(LocalUser user) {
        LocalUserEntity entity = require(user);
        em.createNativeQuery("DELETE FROM cifs_group_member WHERE svm_uuid = ?1 AND member_sid = ?2")
                .setParameter(1, entity.svmUuid)
                .setParameter(2, entity.sid)
                .executeUpdate();
        em.remove(entity);
        em.flush();
    }

    private LocalUserEntity managed(SvmUuid svm, Sid sid) {
        return em.find(LocalUserEntity.class, new LocalUserEntity.Key(svm.value(), sid.value()));
    }

    private LocalUserEntity require(LocalUser user) {
        LocalUserEntity entity = managed(user.svm(), user.sid());
        if (entity == null) {
            throw new IllegalStateException("no local user " + user.sid() + " on SVM " + user.svm());
        }
        return entity;
    }
}

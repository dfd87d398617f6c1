package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        return Optional.ofNullable(em.find(LocalUserEntity.class, new LocalUserEntity.Key(svm.value(), sid.value())))
                .map(LocalUserMapper::toDomain);
    }
}

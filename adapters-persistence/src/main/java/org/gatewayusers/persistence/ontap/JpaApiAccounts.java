package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ACCOUNT_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.ACCOUNT_NOT_FOUND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.ApiAccounts;
import org.gatewayusers.domain.ontap.ApiAccount;
import org.gatewayusers.domain.ontap.ApiAccountName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.persistence.shared.ConstraintViolations;

@ApplicationScoped
class JpaApiAccounts implements ApiAccounts {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<ApiAccount> named(ApiAccountName name) {
        return Optional.ofNullable(em.find(ApiAccountEntity.class, name.value())).map(ApiAccountMapper::toDomain);
    }

    @Override
    public List<ApiAccount> all() {
        return em.createQuery("SELECT a FROM ApiAccountEntity a ORDER BY a.name", ApiAccountEntity.class)
                .getResultStream()
                .map(ApiAccountMapper::toDomain)
                .toList();
    }

    @Override
    public void add(ApiAccount account) {
        ConstraintViolations.persistOrReject(em, ApiAccountMapper.toNewEntity(account),
                () -> new OntapRejection(ACCOUNT_EXISTS, "name"));
    }

    @Override
    public void update(ApiAccount account) {
        ApiAccountMapper.copyState(account, require(account));
        em.flush();
    }

    @Override
    public void remove(ApiAccount account) {
        em.remove(require(account));
        em.flush();
    }

    private ApiAccountEntity require(ApiAccount account) {
        ApiAccountEntity entity = em.find(ApiAccountEntity.class, account.name().value());
        if (entity == null) {
            // deleted by another request since it was read
            throw new OntapRejection(ACCOUNT_NOT_FOUND, "name");
        }
        return entity;
    }
}

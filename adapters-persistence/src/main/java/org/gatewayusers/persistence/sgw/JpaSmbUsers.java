package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.USER_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.sgw.SmbUsers;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.SmbUserNamePattern;
import org.gatewayusers.domain.sgw.SmbUserNameRules;
import org.gatewayusers.persistence.shared.ConstraintViolations;

@ApplicationScoped
class JpaSmbUsers implements SmbUsers {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public boolean existsNamed(GatewayId gateway, SmbUserName name) {
        return managed(gateway, name) != null;
    }

    @Override
    public Optional<SmbUser> named(GatewayId gateway, SmbUserName name) {
        return Optional.ofNullable(managed(gateway, name)).map(SmbUserMapper::toDomain);
    }

    @Override
    public void add(SmbUser user) {
        ConstraintViolations.persistOrReject(em, SmbUserMapper.toEntity(user),
                () -> new SgwRejection(USER_EXISTS, Subject.SMB_USER_NAME),
                () -> new SgwRejection(GATEWAY_NOT_FOUND, Subject.GATEWAY));
    }

    @Override
    public void remove(SmbUser user) {
        SmbUserEntity entity = managed(user.gateway(), user.name());
        if (entity == null) {
            throw new IllegalStateException("no SMB user " + user.name() + " on gateway " + user.gateway());
        }
        em.remove(entity);
        em.flush();
    }

    @Override
    public void removeAllOf(GatewayId gateway) {
        // one by one through the persistence context, which a bulk DELETE would leave holding stale users
        em.createQuery("SELECT u FROM SmbUserEntity u WHERE u.gatewayId = :gateway", SmbUserEntity.class)
                .setParameter("gateway", gateway.value())
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    /** By the upper-case name, so the order does not depend on case. */
    @Override
    public List<SmbUser> ofGateway(GatewayId gateway, int offset, int limit) {
        return matching(gateway, SmbUserNamePattern.any(), offset, limit);
    }

    @Override
    public long countOfGateway(GatewayId gateway) {
        return countMatching(gateway, SmbUserNamePattern.any());
    }

    @Override
    public List<SmbUser> matching(GatewayId gateway, SmbUserNamePattern pattern, int offset, int limit) {
        return em.createQuery("SELECT u FROM SmbUserEntity u WHERE u.gatewayId = :gateway"
                                + " AND u.nameKey LIKE :pattern ESCAPE '!' ORDER BY u.nameKey", SmbUserEntity.class)
                .setParameter("gateway", gateway.value())
                .setParameter("pattern", like(pattern))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(SmbUserMapper::toDomain)
                .toList();
    }

    @Override
    public long countMatching(GatewayId gateway, SmbUserNamePattern pattern) {
        return em.createQuery("SELECT COUNT(u) FROM SmbUserEntity u WHERE u.gatewayId = :gateway"
                        + " AND u.nameKey LIKE :pattern ESCAPE '!'", Long.class)
                .setParameter("gateway", gateway.value())
                .setParameter("pattern", like(pattern))
                .getSingleResult();
    }

    /** The pattern's key as a LIKE that contains it: the wildcards and the escape character taken literally. */
    private static String like(SmbUserNamePattern pattern) {
        return "%" + pattern.key().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private SmbUserEntity managed(GatewayId gateway, SmbUserName name) {
        return em.find(SmbUserEntity.class, new SmbUserEntity.Key(gateway.value(), name.key()));
    }
}

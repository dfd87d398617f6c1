package org.gatewayusers.persistence.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_TAKEN;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.smartag.ClientUserFilter;
import org.gatewayusers.application.smartag.ClientUsers;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserName;
import org.gatewayusers.domain.smartag.SagUserNameRules;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;

/**
 * The client users. Names (in lower case) and addresses are unique per instance in the database, so a race can never
 * store two users of one name or one address; the violated constraint says which rejection it is.
 */
@ApplicationScoped
class JpaClientUsers implements ClientUsers {

    static final String IP_UNIQUE_CONSTRAINT = "smartag_client_user_ip_unique";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public boolean existsNamed(SagInstanceId instance, SagUserName name) {
        return managed(instance, name) != null;
    }

    @Override
    public Optional<ClientUser> named(SagInstanceId instance, SagUserName name) {
        return Optional.ofNullable(managed(instance, name)).map(ClientUserMapper::toDomain);
    }

    @Override
    public void add(ClientUser user) {
        try {
            em.persist(ClientUserMapper.toNewEntity(user));
            em.flush();
        } catch (PersistenceException failure) {
            throw rejectionFor(failure);
        }
    }

    @Override
    public void update(ClientUser user) {
        ClientUserEntity entity = managed(user.instance(), user.name());
        if (entity == null) {
            throw new IllegalStateException("no client user " + user.name() + " on instance " + user.instance());
        }
        ClientUserMapper.copyState(user, entity);
        em.flush();
    }

    @Override
    public void remove(ClientUser user) {
        ClientUserEntity entity = managed(user.instance(), user.name());
        if (entity == null) {
            throw new IllegalStateException("no client user " + user.name() + " on instance " + user.instance());
        }
        em.remove(entity);
        em.flush();
    }

    /** By the lower-case name, so the order does not depend on case. */
    @Override
    public List<ClientUser> ofInstance(SagInstanceId instance, ClientUserFilter filter, int offset, int limit) {
        return filtered("SELECT u FROM ClientUserEntity u", " ORDER BY u.nameKey", instance, filter,
                ClientUserEntity.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(ClientUserMapper::toDomain)
                .toList();
    }

    @Override
    public long countOfInstance(SagInstanceId instance, ClientUserFilter filter) {
        return filtered("SELECT COUNT(u) FROM ClientUserEntity u", "", instance, filter, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, SagInstanceId instance, ClientUserFilter filter,
            Class<T> type) {
        String where = " WHERE u.instanceId = :instance"
                + (filter.userNameKey() == null ? "" : " AND u.nameKey = :name")
                + (filter.userMailKey() == null ? "" : " AND u.mailKey = :mail");
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("instance", instance.value());
        if (filter.userNameKey() != null) {
            query.setParameter("name", filter.userNameKey());
        }
        if (filter.userMailKey() != null) {
            query.setParameter("mail", filter.userMailKey());
        }
        return query;
    }

    private ClientUserEntity managed(SagInstanceId instance, SagUserName name) {
        return em.find(ClientUserEntity.class, new ClientUserEntity.Key(instance.value(), name.key()));
    }

    /** The unique address constraint is the taken address; any other unique one the name; any other one the instance. */
    static RuntimeException rejectionFor(PersistenceException failure) {
        SQLException violation = violationIn(failure);
        if (violation == null) {
            return failure;
        }
        if (UNIQUE_VIOLATION.equals(violation.getSQLState())) {
            String message = String.valueOf(violation.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains(IP_UNIQUE_CONSTRAINT) ? new SmartagRejection(CLIENT_IP_TAKEN, Subject.CLIENT_IP)
                    : new SmartagRejection(USER_EXISTS, Subject.USER_NAME);
        }
        return new SmartagRejection(INSTANCE_NOT_FOUND, Subject.INSTANCE);
    }

    private static SQLException violationIn(Throwable failure) {
        // a cause chain may loop back on itself: visit each exception once
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
                return sql;
            }
        }
        return null;
    }
}

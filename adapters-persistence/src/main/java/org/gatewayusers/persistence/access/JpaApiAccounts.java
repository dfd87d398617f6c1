package org.gatewayusers.persistence.access;

import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_EXISTS;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_NOT_FOUND;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.access.ApiAccountField;
import org.gatewayusers.application.access.ApiAccounts;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.persistence.shared.ConstraintViolations;
import org.gatewayusers.persistence.shared.QuerySql;

@ApplicationScoped
class JpaApiAccounts implements ApiAccounts {

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    @Override
    public Optional<ApiAccount> named(ApiAccountName name) {
        return Optional.ofNullable(em.find(ApiAccountEntity.class, name.value())).map(ApiAccountMapper::toDomain);
    }

    /** One statement: the query's filters, order, position and limit in SQL, on the indexes of V16. */
    @Override
    public List<ApiAccount> find(RecordQuery<ApiAccountField> query, Instant now) {
        QuerySql.Statement statement = findStatement(query, now);
        return QuerySql.rows(em.createNativeQuery(statement.sql(), ApiAccountEntity.class)
                        .setHint("eclipselink.read-only", "true"), statement).stream()
                .map(row -> ApiAccountMapper.toDomain((ApiAccountEntity) row))
                .toList();
    }

    @Override
    public long count(RecordQuery<ApiAccountField> query, Instant now) {
        QuerySql.Statement statement = sql(now).count(query, List.of(), List.of());
        return ((Number) QuerySql.rows(em.createNativeQuery(statement.sql()), statement).get(0)).longValue();
    }

    /** The statement {@link #find} runs (its plan is tested). */
    QuerySql.Statement findStatement(RecordQuery<ApiAccountField> query, Instant now) {
        return sql(now).select("a.*", query, Set.of(), List.of(), List.of());
    }

    /**
     * The accounts' table alone. {@code locked} is rule 1 of {@code FailedLoginPolicy} over the stored login state
     * (see {@code JpaLoginFailures}): locked by an admin, or by a lockout that ends after {@code now}.
     */
    private static QuerySql<ApiAccountField> sql(Instant now) {
        return new QuerySql<>("ontap_api_account a", "1 = 1", Map.of(
                ApiAccountField.NAME, QuerySql.Field.name("a.name", "a.name_key", "a.name_key"),
                ApiAccountField.ROLE, QuerySql.Field.of(QuerySql.Kind.TEXT, "a.role_name", false),
                ApiAccountField.LOCKED, QuerySql.Field.of(QuerySql.Kind.BOOLEAN, "(EXISTS (SELECT 1 FROM"
                        + " ontap_account_login_failure f WHERE f.account_name = a.name AND (f.locked_by_admin = TRUE"
                        + " OR f.locked_until > " + now.toEpochMilli() + ")))", false)));
    }

    @Override
    public void add(ApiAccount account) {
        ConstraintViolations.persistOrReject(em, ApiAccountMapper.toNewEntity(account),
                () -> new AccessRejection(ACCOUNT_EXISTS, AccessRejection.Subject.NAME));
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
            throw new AccessRejection(ACCOUNT_NOT_FOUND, AccessRejection.Subject.NAME);
        }
        return entity;
    }
}

package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.ontap.LocalUsers;
import org.gatewayusers.application.ontap.PlainLocalUserChanges;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.ConstraintViolations;
import org.gatewayusers.persistence.shared.QuerySql;
import org.gatewayusers.persistence.shared.UniqueKeyLookups;

@ApplicationScoped
class JpaLocalUsers implements LocalUsers {

    private static final String GROUPS_OF_USER = "cifs_group_member m JOIN cifs_local_group g"
            + " ON g.svm_uuid = m.svm_uuid AND g.sid = m.group_sid WHERE m.svm_uuid = u.svm_uuid AND m.member_sid = u.sid";

    /**
     * Users of SVMs with a CIFS server. No join: the users' table alone, so that its indexes serve the order and the
     * LIMIT; the SVM's name is a look-up by its key.
     */
    static final QuerySql<LocalUserField> SQL = new QuerySql<>("cifs_local_user u",
            "EXISTS (SELECT 1 FROM svm s WHERE s.uuid = u.svm_uuid AND s.cifs_server_name IS NOT NULL)",
            Map.of(LocalUserField.NAME, QuerySql.Field.name("u.name", "u.name_key", "u.short_key"),
                    LocalUserField.FULL_NAME, QuerySql.Field.of(QuerySql.Kind.TEXT, "u.full_name", true),
                    LocalUserField.DESCRIPTION, QuerySql.Field.of(QuerySql.Kind.TEXT, "u.description", true),
                    LocalUserField.SID, QuerySql.Field.of(QuerySql.Kind.UPPER_CANONICAL, "u.sid", false),
                    LocalUserField.ACCOUNT_DISABLED, QuerySql.Field.of(QuerySql.Kind.BOOLEAN, "u.account_disabled", false),
                    LocalUserField.SVM_NAME, QuerySql.Field.of(QuerySql.Kind.TEXT,
                            "(SELECT s.name FROM svm s WHERE s.uuid = u.svm_uuid)", false),
                    LocalUserField.SVM_UUID, QuerySql.Field.of(QuerySql.Kind.LOWER_CANONICAL, "u.svm_uuid", false),
                    // group names are compared whole (BUILTIN\Administrators), through their upper-case key
                    LocalUserField.MEMBERSHIP_NAME, QuerySql.Field.many(QuerySql.Kind.NAME, "g.name", "g.name_key",
                            "g.name_key", GROUPS_OF_USER, "g.name_key"),
                    LocalUserField.MEMBERSHIP_SID, QuerySql.Field.many(QuerySql.Kind.UPPER_CANONICAL, "m.group_sid",
                            null, null, GROUPS_OF_USER, "g.name_key")));

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    /**
     * The query's filters, order, position and limit in SQL, on the indexes of V7 and V17 (planned by
     * {@link SvmScope#page}).
     */
    @Override
    public List<LocalUser> find(RecordQuery<LocalUserField> query) {
        QuerySql.Statement statement = findStatement(query);
        // read-only: a page is mapped to the domain at once, so the persistence context need not track it
        return rows(em.createNativeQuery(statement.sql(), LocalUserEntity.class)
                .setHint("eclipselink.read-only", "true"), statement).stream()
                .map(row -> LocalUserMapper.toDomain((LocalUserEntity) row))
                .toList();
    }

    @Override
    public long count(RecordQuery<LocalUserField> query) {
        QuerySql.Statement statement = countStatement(query);
        return ((Number) rows(em.createNativeQuery(statement.sql()), statement).get(0)).longValue();
    }

    /** The statement {@link #find} runs (its plan is tested). */
    QuerySql.Statement findStatement(RecordQuery<LocalUserField> query) {
        return scope(query).page(em, SQL, "u.*", LocalUserField.SID, "u.sid", "u.svm_uuid", query);
    }

    /** The statement {@link #count} runs. */
    QuerySql.Statement countStatement(RecordQuery<LocalUserField> query) {
        SvmScope<LocalUserField> scope = scope(query);
        return SQL.count(query, scope.conditions(), scope.parameters());
    }

    /** One {@code UPDATE}: the filters of the query in an {@code EXISTS} on the row's key. */
    @Override
    public long changeAll(RecordQuery<LocalUserField> query, PlainLocalUserChanges changes) {
        List<String> sets = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        changes.fullName().ifPresent(text -> set(sets, values, "full_name", text.orElse(null)));
        changes.description().ifPresent(text -> set(sets, values, "description", text.orElse(null)));
        changes.accountDisabled().ifPresent(disabled -> set(sets, values, "account_disabled", disabled));
        return bulk("UPDATE cifs_local_user t SET " + String.join(", ", sets) + " WHERE", values, query);
    }

    /** One {@code DELETE}; the users' rows of {@code cifs_group_member} go with them (ON DELETE CASCADE). */
    @Override
    public long removeAll(RecordQuery<LocalUserField> query) {
        return bulk("DELETE FROM cifs_local_user t WHERE", List.of(), query);
    }

    private static void set(List<String> sets, List<Object> values, String column, Object value) {
        if (value == null) {
            sets.add(column + " = NULL");
        } else {
            sets.add(column + " = ?");
            values.add(value);
        }
    }

    private long bulk(String statement, List<Object> values, RecordQuery<LocalUserField> query) {
        QuerySql.Statement sql = bulkStatement(statement, values, query);
        jakarta.persistence.Query update = em.createNativeQuery(sql.sql());
        for (int i = 0; i < sql.parameters().size(); i++) {
            update.setParameter(i + 1, sql.parameters().get(i));
        }
        int changed = update.executeUpdate();
        // what this persistence context read before is stale now
        em.flush();
        em.clear();
        return changed;
    }

    /** The statement a change or deletion by query runs (its plan is tested). */
    QuerySql.Statement bulkStatement(String statement, List<Object> values, RecordQuery<LocalUserField> query) {
        SvmScope<LocalUserField> scope = scope(query);
        List<Object> parameters = new ArrayList<>(values);
        Optional<String> svm = scope.svm();
        if (svm.isPresent()) {
            // the outer rows of one SVM, by key: its index, not the whole table
            parameters.add(svm.get());
            return SQL.matchingKeys(statement + " t.svm_uuid = ? AND", parameters, "t.sid", "u.sid", query,
                    scope.conditions(), scope.parameters());
        }
        return SQL.matching(statement, parameters, "u.svm_uuid = t.svm_uuid AND u.sid = t.sid", query,
                scope.conditions(), scope.parameters());
    }

    private SvmScope<LocalUserField> scope(RecordQuery<LocalUserField> query) {
        return SvmScope.of(em, query, LocalUserField.SVM_UUID, LocalUserField.SVM_NAME, "u.svm_uuid");
    }

    private static List<?> rows(jakarta.persistence.Query query, QuerySql.Statement statement) {
        return QuerySql.rows(query, statement);
    }

    @Override
    public boolean existsNamed(SvmUuid svm, LocalUserName name) {
        return UniqueKeyLookups.finds(em.createQuery(
                        "SELECT u.sid FROM LocalUserEntity u WHERE u.svmUuid = :svm AND u.nameKey = :key", String.class)
                .setParameter("svm", svm.value())
                .setParameter("key", name.key()));
    }

    /**
     * One {@code INSERT ... ON CONFLICT DO NOTHING}: no lock is held on the SVM while users are created, so of two
     * creates of one name at the same moment the unique name lets one in; the other inserts nothing (the database waits
     * for the first to end) and is refused as {@code USER_EXISTS}, quietly, as a name taken before is.
     */
    @Override
    public void add(LocalUser user) {
        LocalUserEntity row = LocalUserMapper.toEntity(user);
        ConstraintViolations.insertOrReject(em, "INSERT INTO cifs_local_user (svm_uuid, sid, rid, name, name_key,"
                        + " short_key, full_name, description, account_disabled, credential_scheme, credential_hash,"
                        + " credential_changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                        + " ON CONFLICT DO NOTHING", () -> new OntapRejection(USER_EXISTS, Subject.NAME),
                row.svmUuid, row.sid, row.rid, row.name, row.nameKey, row.shortKey, row.fullName, row.description,
                row.accountDisabled, row.credentialScheme, row.credentialHash, row.credentialChangedAt);
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

    /** One {@code DELETE} on the SVM's index; memberships and privileges go with the rows (ON DELETE CASCADE). */
    @Override
    public long removeAllOf(SvmUuid svm) {
        em.flush();
        int removed = em.createNativeQuery("DELETE FROM cifs_local_user WHERE svm_uuid = ?1")
                .setParameter(1, svm.value())
                .executeUpdate();
        // what this persistence context read before is stale now
        em.clear();
        return removed;
    }

    @Override
    public void update(LocalUser user) {
        LocalUserMapper.copyState(user, require(user));
        ConstraintViolations.flushOrReject(em, () -> new OntapRejection(USER_EXISTS, Subject.NAME));
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

package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.ontap.LocalGroupField;
import org.gatewayusers.application.ontap.LocalGroups;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.ConstraintViolations;
import org.gatewayusers.persistence.shared.QuerySql;
import org.gatewayusers.persistence.shared.UniqueKeyLookups;

@ApplicationScoped
class JpaLocalGroups implements LocalGroups {

    /** The users in a group: its {@code members}, correlated with the outer group {@code g}. */
    private static final String MEMBERS_OF_GROUP = "cifs_group_member m JOIN cifs_local_user u"
            + " ON u.svm_uuid = m.svm_uuid AND u.sid = m.member_sid WHERE m.svm_uuid = g.svm_uuid AND m.group_sid = g.sid";

    /** Groups of SVMs with a CIFS server: the groups' table alone, so that its indexes serve the order and LIMIT. */
    static final QuerySql<LocalGroupField> SQL = new QuerySql<>("cifs_local_group g",
            "EXISTS (SELECT 1 FROM svm s WHERE s.uuid = g.svm_uuid AND s.cifs_server_name IS NOT NULL)",
            Map.of(LocalGroupField.NAME, QuerySql.Field.nameOrDomain("g.name", "g.name_key", "g.short_key"),
                    LocalGroupField.DESCRIPTION, QuerySql.Field.of(QuerySql.Kind.TEXT, "g.description", true),
                    LocalGroupField.SID, QuerySql.Field.of(QuerySql.Kind.UPPER_CANONICAL, "g.sid", false),
                    LocalGroupField.SVM_NAME, QuerySql.Field.of(QuerySql.Kind.TEXT,
                            "(SELECT s.name FROM svm s WHERE s.uuid = g.svm_uuid)", false),
                    LocalGroupField.SVM_UUID, QuerySql.Field.of(QuerySql.Kind.LOWER_CANONICAL, "g.svm_uuid", false),
                    // members are named as users are: a short name finds CIFS_SERVER\alex
                    LocalGroupField.MEMBERS_NAME, QuerySql.Field.many(QuerySql.Kind.NAME, "u.name", "u.name_key",
                            "u.short_key", MEMBERS_OF_GROUP, "u.name_key")));

    @PersistenceContext(unitName = "gateway-users")
    EntityManager em;

    /** The query's filters, order, position and limit in SQL (planned by {@link SvmScope#page}). */
    @Override
    public List<LocalGroup> find(RecordQuery<LocalGroupField> query) {
        QuerySql.Statement statement = findStatement(query);
        return QuerySql.rows(em.createNativeQuery(statement.sql(), LocalGroupEntity.class)
                        .setHint("eclipselink.read-only", "true"), statement).stream()
                .map(row -> LocalGroupMapper.toDomain((LocalGroupEntity) row))
                .toList();
    }

    @Override
    public long count(RecordQuery<LocalGroupField> query) {
        SvmScope<LocalGroupField> scope = scope(query);
        QuerySql.Statement statement = SQL.count(query, scope.conditions(), scope.parameters());
        return ((Number) QuerySql.rows(em.createNativeQuery(statement.sql()), statement).get(0)).longValue();
    }

    /** The statement {@link #find} runs. */
    QuerySql.Statement findStatement(RecordQuery<LocalGroupField> query) {
        return scope(query).page(em, SQL, "g.*", LocalGroupField.SID, "g.sid", "g.svm_uuid", query);
    }

    private SvmScope<LocalGroupField> scope(RecordQuery<LocalGroupField> query) {
        return SvmScope.of(em, query, LocalGroupField.SVM_UUID, LocalGroupField.SVM_NAME, "g.svm_uuid");
    }

    @Override
    public boolean existsNamed(SvmUuid svm, LocalGroupName name) {
        return UniqueKeyLookups.finds(em.createQuery(
                        "SELECT g.sid FROM LocalGroupEntity g WHERE g.svmUuid = :svm AND g.nameKey = :key",
                        String.class)
                .setParameter("svm", svm.value())
                .setParameter("key", name.key()));
    }

    /** As {@link JpaLocalUsers#add}: of two creates of one name at the same moment, the second is refused quietly. */
    @Override
    public void add(LocalGroup group) {
        LocalGroupEntity row = LocalGroupMapper.toEntity(group);
        ConstraintViolations.insertOrReject(em, "INSERT INTO cifs_local_group (svm_uuid, sid, name, name_key, short_key,"
                        + " description) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
                () -> new OntapRejection(GROUP_EXISTS, Subject.NAME),
                row.svmUuid, row.sid, row.name, row.nameKey, row.shortKey, row.description);
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

    /** One {@code DELETE} on the SVM's index; memberships and privileges go with the rows (ON DELETE CASCADE). */
    @Override
    public long removeAllOf(SvmUuid svm) {
        em.flush();
        int removed = em.createNativeQuery("DELETE FROM cifs_local_group WHERE svm_uuid = ?1")
                .setParameter(1, svm.value())
                .executeUpdate();
        // what this persistence context read before is stale now
        em.clear();
        return removed;
    }

    @Override
    public void update(LocalGroup group) {
        LocalGroupMapper.copyState(group, require(group));
        ConstraintViolations.flushOrReject(em, () -> new OntapRejection(GROUP_EXISTS, Subject.NAME));
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

package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.ontap.CifsServiceField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.ontap.SvmField;
import org.gatewayusers.application.ontap.Svms;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.persistence.shared.ConstraintViolations;
import org.gatewayusers.persistence.shared.QuerySql;

@ApplicationScoped
class JpaSvms implements Svms {

    private static final String DATA = "s.svm_type = 'DATA'";

    /** The SVMs' table alone; names compare through the upper-case keys of V16, on their indexes. */
    static final QuerySql<SvmField> SQL = new QuerySql<>("svm s", DATA, Map.of(
            SvmField.UUID, QuerySql.Field.of(QuerySql.Kind.LOWER_CANONICAL, "s.uuid", false),
            SvmField.NAME, QuerySql.Field.name("s.name", "s.name_key", "s.name_key"),
            SvmField.COMMENT, QuerySql.Field.of(QuerySql.Kind.TEXT, "s.svm_comment", true)));

    /** The same table, one record per SVM with a CIFS server. */
    static final QuerySql<CifsServiceField> CIFS_SQL = new QuerySql<>("svm s",
            DATA + " AND s.cifs_server_name IS NOT NULL", Map.of(
            CifsServiceField.SVM_UUID, QuerySql.Field.of(QuerySql.Kind.LOWER_CANONICAL, "s.uuid", false),
            CifsServiceField.SVM_NAME, QuerySql.Field.name("s.name", "s.name_key", "s.name_key"),
            CifsServiceField.NAME, QuerySql.Field.name("s.cifs_server_name", "s.cifs_key", "s.cifs_key")));

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

    /** One statement: the query's filters, order, position and limit in SQL, on the indexes of V16. */
    @Override
    public List<Svm> find(RecordQuery<SvmField> query) {
        return svms(findStatement(query));
    }

    @Override
    public long count(RecordQuery<SvmField> query) {
        return count(countStatement(query));
    }

    @Override
    public List<Svm> findWithCifsServer(RecordQuery<CifsServiceField> query) {
        return svms(CIFS_SQL.select("s.*", query, Set.of(), List.of(), List.of()));
    }

    @Override
    public long countWithCifsServer(RecordQuery<CifsServiceField> query) {
        return count(CIFS_SQL.count(query, List.of(), List.of()));
    }

    /** The statement {@link #find} runs (its plan is tested). */
    QuerySql.Statement findStatement(RecordQuery<SvmField> query) {
        return SQL.select("s.*", query, Set.of(), List.of(), List.of());
    }

    /** The statement {@link #count} runs. */
    QuerySql.Statement countStatement(RecordQuery<SvmField> query) {
        return SQL.count(query, List.of(), List.of());
    }

    private List<Svm> svms(QuerySql.Statement statement) {
        // read-only: a page is mapped to the domain at once, so the persistence context need not track it
        return QuerySql.rows(em.createNativeQuery(statement.sql(), SvmEntity.class)
                        .setHint("eclipselink.read-only", "true"), statement).stream()
                .map(row -> SvmMapper.toDomain((SvmEntity) row))
                .toList();
    }

    private long count(QuerySql.Statement statement) {
        return ((Number) QuerySql.rows(em.createNativeQuery(statement.sql()), statement).get(0)).longValue();
    }

    @Override
    public void add(Svm svm) {
        ConstraintViolations.persistOrReject(em, SvmMapper.toNewEntity(svm),
                () -> new OntapRejection(SVM_EXISTS, Subject.NAME));
    }

    @Override
    public void update(Svm svm) {
        SvmMapper.copyState(svm, require(svm));
        ConstraintViolations.flushOrReject(em, () -> new OntapRejection(SVM_EXISTS, Subject.NAME));
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

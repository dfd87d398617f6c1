package org.gatewayusers.persistence.ontap;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.persistence.shared.QuerySql;
import org.gatewayusers.persistence.shared.SqlDialect;

/**
 * The SVM a query on a collection of SVM records is about, when it names one: {@code svm.uuid} pinned, or
 * {@code svm.name} pinned to an SVM that exists (read first, so that the query runs on the index of that SVM's rows).
 *
 * @param pinned     the fields every row has one value of
 * @param conditions what the rows must satisfy besides the query ({@code ?} bound to {@code parameters})
 * @param parameters the values of the conditions
 * @param svm        the SVM's UUID, when the query names one
 * @param <F>        the fields of the collection
 */
record SvmScope<F>(Set<F> pinned, List<String> conditions, List<Object> parameters, Optional<String> svm) {

    /**
     * @param uuidField the collection's {@code svm.uuid}
     * @param nameField the collection's {@code svm.name}
     * @param svmColumn the column of the row's SVM UUID, e.g. {@code u.svm_uuid}
     */
    static <F> SvmScope<F> of(EntityManager em, RecordQuery<F> query, F uuidField, F nameField, String svmColumn) {
        Optional<String> uuid = query.pinned(uuidField);
        if (uuid.isPresent()) {
            return new SvmScope<>(Set.of(uuidField), List.of(), List.of(),
                    Optional.of(uuid.get().toLowerCase(Locale.ROOT)));
        }
        Optional<String> svmName = query.pinned(nameField);
        if (svmName.isPresent()) {
            List<?> uuids = em.createNativeQuery("SELECT uuid FROM svm WHERE UPPER(name) = ?1")
                    .setParameter(1, svmName.get().toUpperCase(Locale.ROOT))
                    .getResultList();
            if (uuids.size() == 1) {
                return new SvmScope<>(Set.of(uuidField, nameField), List.of(svmColumn + " = ?"),
                        List.of(uuids.get(0)), Optional.of((String) uuids.get(0)));
            }
        }
        return new SvmScope<>(Set.of(), List.of(), List.of(), Optional.empty());
    }

    /**
     * A page of one SVM's rows as {@link QuerySql#select} answers it, planned for the database: on H2, a query that
     * filters on one field and orders by another (a broad {@code name=user0*} in SID order) is
     * {@link QuerySql#selectKeysFirst}, since H2 would read every matching row and sort the rows themselves; otherwise,
     * and on PostgreSQL (whose planner chooses between the filter's index and the order's by its statistics), the one
     * statement of {@link QuerySql#select}.
     *
     * @param key       the column that tells the SVM's rows apart, e.g. {@code u.sid}
     * @param svmColumn the row's SVM, e.g. {@code u.svm_uuid}
     */
    QuerySql.Statement page(QuerySql<F> sql, SqlDialect dialect, String columns, String key, String svmColumn,
            RecordQuery<F> query) {
        Set<F> constants = sql.constants(query, pinned());
        if (!dialect.choosesIndexesByStatistics() && svm().isPresent() && sql.filtersBesideTheOrder(query, constants)) {
            return sql.selectKeysFirst(columns, key, svmColumn, svm().get(), query, pinned(), conditions(), parameters());
        }
        return sql.select(columns, query, pinned(), conditions(), parameters());
    }
}

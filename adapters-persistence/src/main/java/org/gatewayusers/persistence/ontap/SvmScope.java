package org.gatewayusers.persistence.ontap;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.persistence.shared.QuerySql;
import org.gatewayusers.persistence.shared.SmallestKeys;
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
     * A page of one SVM's rows as {@link QuerySql#select} answers it, planned for the database. On H2, a query that
     * filters on one field and orders by another (a broad {@code name=user0*} in SID order) reads the keys of the
     * filter's range first, then the page's rows by key: in the default order (the key alone) H2 streams the keys
     * and {@link SmallestKeys} keeps the page's, otherwise H2 sorts the keys ({@link QuerySql#selectKeysFirst});
     * H2 would read every matching row and sort the rows themselves. On PostgreSQL (whose planner chooses between
     * the filter's index and the order's by its statistics), and for other queries, the one statement of
     * {@link QuerySql#select}.
     *
     * @param keyField  the field that tells the SVM's rows apart, e.g. the SID
     * @param key       its column, e.g. {@code u.sid}
     * @param svmColumn the row's SVM, e.g. {@code u.svm_uuid}
     */
    QuerySql.Statement page(EntityManager em, QuerySql<F> sql, String columns, F keyField, String key,
            String svmColumn, RecordQuery<F> query) {
        Set<F> constants = sql.constants(query, pinned());
        if (SqlDialect.of(em).choosesIndexesByStatistics() || svm().isEmpty()
                || !sql.filtersBesideTheOrder(query, constants)) {
            return sql.select(columns, query, pinned(), conditions(), parameters());
        }
        if (sql.ordersByAlone(query, constants, keyField)) {
            List<String> keys = SmallestKeys.of(em, sql.keys(key, query, pinned(), conditions(), parameters()),
                    query.limit());
            return sql.selectByKeys(columns, key, svmColumn, svm().get(), keys, query, pinned());
        }
        return sql.selectKeysFirst(columns, key, svmColumn, svm().get(), query, pinned(), conditions(), parameters());
    }
}

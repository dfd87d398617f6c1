package org.gatewayusers.persistence.shared;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;

/**
 * Writes a {@link RecordQuery} as one SQL statement valid on H2 (MODE=PostgreSQL) and PostgreSQL: the filters as a
 * {@code WHERE}, the order as an {@code ORDER BY}, the position as a keyset predicate and the page size as a
 * {@code LIMIT}. Case-insensitive matching goes through upper-case key columns where the table keeps them, so that
 * equality and prefix globs ({@code alex}, {@code user1*}) are index look-ups, not scans. Fields pinned to one value
 * by the caller (the SVM of a look-up) drop out of the keyset predicate so the index's range stays narrow.
 *
 * @param <F> the fields of the collection
 */
public final class QuerySql<F> {

    /** How a field's values are stored, which says how they compare. */
    public enum Kind {
        /** Free text in any case: compared through {@code UPPER}. */
        TEXT,
        /** Stored in upper case (SIDs): compared as it is. */
        UPPER_CANONICAL,
        /** Stored in lower case (UUIDs): compared as it is. */
        LOWER_CANONICAL,
        /** A domain-qualified name with its upper-case key and short key; no backslash: the short name. */
        NAME,
        BOOLEAN
    }

    /**
     * One field: its column expression (for {@link Kind#NAME} also the key and short key expressions), whether it
     * may be null, and for a field of several values the {@code FROM ... WHERE} of the correlated rows that hold
     * them and the expression that orders them (the first is the record's sort key).
     */
    public record Field(Kind kind, String expression, String key, String shortKey, boolean nullable, String manyFrom,
            String manyOrder, boolean globsWholeName) {

        public static Field of(Kind kind, String expression, boolean nullable) {
            return new Field(kind, expression, null, null, nullable, null, null, false);
        }

        public static Field name(String expression, String key, String shortKey) {
            return new Field(Kind.NAME, expression, key, shortKey, false, null, null, false);
        }

        /**
         * A name whose patterns without a backslash match the whole name too, as on ONTAP ({@code BUILTIN*} finds
         * {@code BUILTIN\Users}), besides the short name: for collections of a few rows per SVM (groups), since
         * the two ranges are two index reads that H2 does not combine.
         */
        public static Field nameOrDomain(String expression, String key, String shortKey) {
            return new Field(Kind.NAME, expression, key, shortKey, false, null, null, true);
        }

        /** A field of several values in the rows of {@code fromWhere}, correlated with the outer row. */
        public static Field many(Kind kind, String expression, String key, String shortKey, String fromWhere,
                String order) {
            return new Field(kind, expression, key, shortKey, true, fromWhere, order, false);
        }

        boolean isMany() {
            return manyFrom != null;
        }
    }

    /** A statement and its parameters, {@code ?1, ?2, ...} in order. */
    public record Statement(String sql, List<Object> parameters) {

        /** The statement for JDBC, whose parameters are {@code ?} in order (JPA's native queries number them). */
        public String jdbcSql() {
            return sql.replaceAll("\\?\\d+", "?");
        }
    }

    /** The rows of a native query whose parameters are the statement's, in order. */
    public static List<?> rows(Query query, Statement statement) {
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query.getResultList();
    }

    private final String from;
    private final String baseCondition;
    private final Map<F, Field> fields;
    private final boolean nullsFirstAscending;

    /**
     * @param from          the {@code FROM} clause's tables, e.g. {@code cifs_local_user u JOIN svm s ON ...}
     * @param baseCondition what every row must satisfy besides the query, e.g. {@code s.cifs_server_name IS NOT NULL}
     * @param fields        every field a query may name
     */
    public QuerySql(String from, String baseCondition, Map<F, Field> fields) {
        this(from, baseCondition, fields, false);
    }

    /**
     * @param nullsFirstAscending whether an ascending key that is never null is written {@code NULLS FIRST} too: for
     *                            statements run on H2 only, where an index's order is that one (under
     *                            {@code DEFAULT_NULL_ORDERING=HIGH} a plain ascending key is not, and H2 then prefers
     *                            no index for the order); PostgreSQL's indexes serve the plain order only
     */
    public QuerySql(String from, String baseCondition, Map<F, Field> fields, boolean nullsFirstAscending) {
        this.from = from;
        this.baseCondition = baseCondition;
        this.fields = Map.copyOf(fields);
        this.nullsFirstAscending = nullsFirstAscending;
    }

    /** {@code SELECT columns FROM ... WHERE ... ORDER BY ... LIMIT n}. */
    public Statement select(String columns, RecordQuery<F> query, Set<F> pinnedByCaller, List<String> extraConditions,
            List<Object> extraParameters) {
        Set<F> pinned = constants(query, pinnedByCaller);
        Builder sql = new Builder();
        select(sql, columns, query, pinned, extraConditions, extraParameters, true);
        return sql.statement();
    }

    /**
     * The rows of {@link #select} in two steps: first the keys of the page, from the query's filters, order and
     * position on one SVM's rows (an index that holds the filter's column, the key and the SVM, as
     * {@code cifs_local_user_by_short_key_sid} does, answers it from its entries without reading a row), then the
     * page's rows by their keys. At worst it reads the index entries of the filter's range and a page of rows, where
     * the one statement reads and sorts every matching row.
     */
    public Statement selectKeysFirst(String columns, String key, String svmColumn, String svm, RecordQuery<F> query,
            Set<F> pinnedByCaller, List<String> extraConditions, List<Object> extraParameters) {
        Set<F> pinned = constants(query, pinnedByCaller);
        Builder sql = rowsOfSvm(columns, svmColumn, svm);
        sql.text.append(key).append(" IN (");
        // the SVM is one: what the base condition says of it holds for all its rows or none, so the outer query says it
        select(sql, key, query, pinned, extraConditions, extraParameters, false);
        sql.text.append(')');
        orderAndLimit(sql, query, pinned);
        return sql.statement();
    }

    /**
     * The keys of the rows a query matches on one SVM after its position, in no order and without a limit: what
     * {@link #selectKeysFirst} reads first, without its sort, so that a database that streams a statement without an
     * {@code ORDER BY} (H2, lazily) hands the keys over one at a time, for the caller to keep the page's smallest,
     * instead of holding the whole range to sort it (see {@link SmallestKeys}).
     */
    public Statement keys(String key, RecordQuery<F> query, Set<F> pinnedByCaller, List<String> extraConditions,
            List<Object> extraParameters) {
        Set<F> pinned = constants(query, pinnedByCaller);
        Builder sql = new Builder();
        sql.text.append("SELECT ").append(key).append(" FROM ").append(from);
        // the SVM is one: the outer query of the rows says what the base condition says of it
        where(sql, "1 = 1", query, extraConditions, extraParameters);
        if (query.after() != null) {
            sql.text.append(" AND ");
            keyset(sql, query, pinned);
        }
        return sql.statement();
    }

    /** The rows of one SVM with the given keys (at most a page, found by {@link #keys}), in the query's order. */
    public Statement selectByKeys(String columns, String key, String svmColumn, String svm, List<?> keys,
            RecordQuery<F> query, Set<F> pinnedByCaller) {
        Set<F> pinned = constants(query, pinnedByCaller);
        Builder sql = rowsOfSvm(columns, svmColumn, svm);
        if (keys.isEmpty()) {
            sql.text.append("1 = 0");
        } else {
            StringJoiner in = new StringJoiner(", ", key + " IN (", ")");
            keys.forEach(value -> in.add(sql.parameter(value)));
            sql.text.append(in);
        }
        orderAndLimit(sql, query, pinned);
        return sql.statement();
    }

    /** {@code SELECT columns FROM ... WHERE <base condition> AND svmColumn = svm AND }: the rows of one SVM. */
    private Builder rowsOfSvm(String columns, String svmColumn, String svm) {
        Builder sql = new Builder();
        sql.text.append("SELECT ").append(columns).append(" FROM ").append(from).append(" WHERE ").append(baseCondition)
                .append(" AND ").append(svmColumn).append(" = ").append(sql.parameter(svm)).append(" AND ");
        return sql;
    }

    /**
     * Whether the rows of the query are in the order of {@code key} alone, ascending, once the fields of one value
     * for all rows are set aside: the default order of a collection of one SVM's records (its SID).
     */
    public boolean ordersByAlone(RecordQuery<F> query, Set<F> pinned, F key) {
        List<RecordQuery.SortKey<F>> order = query.order().stream().filter(sort -> !pinned.contains(sort.field()))
                .toList();
        Field field = field(key);
        // a canonical column is ordered by its stored value alone, which compares as the caller compares strings
        boolean storedAsCompared = field.kind() == Kind.UPPER_CANONICAL || field.kind() == Kind.LOWER_CANONICAL;
        return order.size() == 1 && order.get(0).field().equals(key) && !order.get(0).descending()
                && storedAsCompared && !field.nullable() && !field.isMany();
    }

    /**
     * Whether the query filters on a field that is neither one value for all rows nor the first the rows are
     * ordered by: the filter's index then gives the rows in another order than the page's.
     */
    public boolean filtersBesideTheOrder(RecordQuery<F> query, Set<F> pinned) {
        F leading = query.order().stream().map(RecordQuery.SortKey::field).filter(field -> !pinned.contains(field))
                .findFirst().orElse(null);
        return query.filters().stream().map(RecordQuery.Filter::field)
                .anyMatch(field -> !pinned.contains(field) && !field.equals(leading));
    }

    private void select(Builder sql, String columns, RecordQuery<F> query, Set<F> pinned,
            List<String> extraConditions, List<Object> extraParameters, boolean withBaseCondition) {
        sql.text.append("SELECT ").append(columns).append(" FROM ").append(from);
        where(sql, withBaseCondition ? baseCondition : "1 = 1", query, extraConditions, extraParameters);
        if (query.after() != null) {
            sql.text.append(" AND ");
            keyset(sql, query, pinned);
        }
        orderAndLimit(sql, query, pinned);
    }

    private void orderAndLimit(Builder sql, RecordQuery<F> query, Set<F> pinned) {
        // pinned fields first: constant, they change no order, and an index that starts with them (svm_uuid, sid)
        // then serves the whole ORDER BY, so that the LIMIT stops a scan of the index instead of a sort
        StringJoiner order = new StringJoiner(", ");
        List<RecordQuery.SortKey<F>> keys = new ArrayList<>();
        query.order().stream().filter(key -> pinned.contains(key.field())).forEach(keys::add);
        query.order().stream().filter(key -> !pinned.contains(key.field())).forEach(keys::add);
        for (RecordQuery.SortKey<F> key : keys) {
            Field field = field(key.field());
            for (String expression : orderExpressions(field)) {
                if (pinned.contains(key.field())) {
                    // a constant: PostgreSQL drops it from the order; H2 (DEFAULT_NULL_ORDERING=HIGH) must see its
                    // null ordering written out, else it keeps only this column as the index's range and reads
                    // the whole SVM from its start (a look-up by SID or name, a next page)
                    order.add(expression + " NULLS FIRST");
                } else {
                    boolean nullsFirst = field.nullable() || nullsFirstAscending;
                    order.add(expression + (key.descending() ? " DESC" : "")
                            + (field.nullable() ? (key.descending() ? " NULLS LAST" : " NULLS FIRST")
                            : nullsFirst && !key.descending() ? " NULLS FIRST" : ""));
                }
            }
        }
        if (order.length() > 0) {
            sql.text.append(" ORDER BY ").append(order);
        }
        sql.text.append(" LIMIT ").append(query.limit());
    }

    /**
     * The fields every matching row has one value of: those the caller pins, and those a filter pins to one value
     * compared exactly ({@code sid=S-1-5-...}, {@code svm.uuid=...}).
     */
    public Set<F> constants(RecordQuery<F> query, Set<F> pinnedByCaller) {
        Set<F> constants = new HashSet<>(pinnedByCaller);
        fields.forEach((name, field) -> {
            boolean exact = field.kind() == Kind.UPPER_CANONICAL || field.kind() == Kind.LOWER_CANONICAL;
            if (exact && !field.isMany() && query.pinned(name).isPresent()) {
                constants.add(name);
            }
        });
        return constants;
    }

    /**
     * An {@code UPDATE} or {@code DELETE} of the rows that match: {@code statement} (its {@code ?} are bound to
     * {@code statementParameters} in order) then {@code EXISTS} of the match correlated with the outer row.
     */
    public Statement matching(String statement, List<Object> statementParameters, String correlation, RecordQuery<F> query,
            List<String> extraConditions, List<Object> extraParameters) {
        Builder sql = statement(statement, statementParameters);
        sql.text.append(" EXISTS (SELECT 1 FROM ").append(from);
        where(sql, baseCondition, query, extraConditions, extraParameters);
        sql.text.append(" AND ").append(correlation).append(')');
        return sql.statement();
    }

    /**
     * An {@code UPDATE} or {@code DELETE} of the rows of one SVM that match: {@code statement} (its {@code ?} bound to
     * {@code statementParameters} in order, the outer rows narrowed to the SVM) then {@code outerKey IN} the keys of
     * the match. H2 and PostgreSQL read the match once and the outer rows by key, where a correlated {@code EXISTS}
     * ({@link #matching}) has H2 test every row of the SVM: 100 users of 1,000,000 changed in seconds.
     */
    public Statement matchingKeys(String statement, List<Object> statementParameters, String outerKey, String key,
            RecordQuery<F> query, List<String> extraConditions, List<Object> extraParameters) {
        Builder sql = statement(statement, statementParameters);
        sql.text.append(' ').append(outerKey).append(" IN (SELECT ").append(key).append(" FROM ").append(from);
        where(sql, baseCondition, query, extraConditions, extraParameters);
        sql.text.append(')');
        return sql.statement();
    }

    private static Builder statement(String statement, List<Object> statementParameters) {
        Builder sql = new Builder();
        String[] parts = statement.split("\\?", -1);
        for (int i = 0; i < parts.length; i++) {
            sql.text.append(parts[i]);
            if (i < parts.length - 1) {
                sql.text.append(sql.parameter(statementParameters.get(i)));
            }
        }
        return sql;
    }

    /** {@code SELECT COUNT(*) FROM ... WHERE ...}: the position and the limit aside. */
    public Statement count(RecordQuery<F> query, List<String> extraConditions, List<Object> extraParameters) {
        Builder sql = new Builder();
        sql.text.append("SELECT COUNT(*) FROM ").append(from);
        where(sql, baseCondition, query, extraConditions, extraParameters);
        return sql.statement();
    }

    private void where(Builder sql, String base, RecordQuery<F> query, List<String> extraConditions,
            List<Object> extra) {
        sql.text.append(" WHERE ").append(base);
        for (int i = 0; i < extraConditions.size(); i++) {
            sql.text.append(" AND ").append(extraConditions.get(i).replace("?", sql.parameter(extra.get(i))));
        }
        for (RecordQuery.Filter<F> filter : query.filters()) {
            Field field = field(filter.field());
            sql.text.append(" AND (");
            String or = "";
            for (Alternative alternative : filter.alternatives()) {
                sql.text.append(or);
                alternative(sql, field, alternative);
                or = " OR ";
            }
            sql.text.append(')');
        }
    }

    private void alternative(Builder sql, Field field, Alternative alternative) {
        if (alternative.negated()) {
            sql.text.append("NOT ");
        }
        sql.text.append('(');
        if (field.isMany()) {
            sql.text.append(alternative.operator() == Operator.NULL ? "NOT EXISTS (SELECT 1 FROM " : "EXISTS (SELECT 1 FROM ")
                    .append(field.manyFrom());
            if (alternative.operator() != Operator.NULL) {
                sql.text.append(" AND ");
                comparison(sql, field, alternative);
            }
            sql.text.append(')');
        } else if (alternative.operator() == Operator.NULL) {
            sql.text.append(field.nullable() ? field.expression() + " IS NULL" : "1 = 0");
        } else {
            if (field.nullable()) {
                sql.text.append(field.expression()).append(" IS NOT NULL AND ");
            }
            comparison(sql, field, alternative);
        }
        sql.text.append(')');
    }

    /** The comparison of one non-null value with the operand, ignoring the negation. */
    private void comparison(Builder sql, Field field, Alternative alternative) {
        String operand = alternative.operand();
        if (field.globsWholeName() && alternative.operator() == Operator.GLOB && operand.indexOf('\\') < 0) {
            sql.text.append('(');
            glob(sql, field.shortKey(), upper(operand), true);
            sql.text.append(") OR (");
            glob(sql, field.key(), upper(operand), true);
            sql.text.append(')');
            return;
        }
        if (field.kind() == Kind.BOOLEAN) {
            boolean whenTrue = alternative.test("true");
            boolean whenFalse = alternative.test("false");
            sql.text.append(whenTrue && whenFalse ? "1 = 1"
                    : whenTrue ? field.expression() + " = TRUE"
                    : whenFalse ? field.expression() + " = FALSE" : "1 = 0");
            return;
        }
        String expression;
        String value;
        switch (field.kind()) {
            case TEXT -> {
                expression = "UPPER(" + field.expression() + ")";
                value = upper(operand);
            }
            case UPPER_CANONICAL -> {
                expression = field.expression();
                value = upper(operand);
            }
            case LOWER_CANONICAL -> {
                expression = field.expression();
                value = operand.toLowerCase(Locale.ROOT);
            }
            default -> {
                // a value naming the domain compares with the whole name, else with the short name
                expression = operand.indexOf('\\') >= 0 ? field.key() : field.shortKey();
                value = upper(operand);
            }
        }
        switch (alternative.operator()) {
            case EQUAL -> sql.text.append(expression).append(" = ").append(sql.parameter(value));
            case LESS -> sql.text.append(expression).append(" < ").append(sql.parameter(value));
            case LESS_OR_EQUAL -> sql.text.append(expression).append(" <= ").append(sql.parameter(value));
            case GREATER -> sql.text.append(expression).append(" > ").append(sql.parameter(value));
            case GREATER_OR_EQUAL -> sql.text.append(expression).append(" >= ").append(sql.parameter(value));
            case GLOB -> glob(sql, expression, value, field.kind() != Kind.TEXT);
            case NULL -> throw new IllegalStateException("null is not a comparison");
        }
    }

    /**
     * {@code LIKE} with an explicit escape character ({@code !}), so that a backslash in a name is an ordinary
     * character on H2 and PostgreSQL alike; on a key column also the range of the pattern's literal prefix.
     */
    private static void glob(Builder sql, String expression, String value, boolean keyColumn) {
        sql.text.append(expression).append(" LIKE ").append(sql.parameter(like(value))).append(" ESCAPE '!'");
        String prefix = value.substring(0, value.indexOf('*'));
        if (!prefix.isEmpty() && keyColumn) {
            // the same rows, said so that an index on the key reads only the prefix's range
            sql.text.append(" AND ").append(expression).append(" >= ").append(sql.parameter(prefix));
            char last = prefix.charAt(prefix.length() - 1);
            if (last != Character.MAX_VALUE) {
                sql.text.append(" AND ").append(expression).append(" < ").append(sql.parameter(
                        prefix.substring(0, prefix.length() - 1) + (char) (last + 1)));
            }
        }
    }

    /** Rows strictly after the position in the query's order. */
    private void keyset(Builder sql, RecordQuery<F> query, Set<F> pinned) {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < query.order().size(); i++) {
            if (!pinned.contains(query.order().get(i).field())) {
                keys.add(i);
            }
        }
        if (keys.isEmpty()) {
            sql.text.append("1 = 0");
            return;
        }
        // the first key bounds the range, so an index on it starts at the position rather than at the start
        int firstIndex = keys.get(0);
        Field first = field(query.order().get(firstIndex).field());
        Object firstValue = query.after().get(firstIndex);
        if (!first.nullable() && firstValue != null) {
            String expression = orderExpressions(first).get(0);
            sql.text.append(expression).append(query.order().get(firstIndex).descending() ? " <= " : " >= ")
                    .append(sql.parameter(orderValues(first, firstValue).get(0))).append(" AND ");
        }
        sql.text.append('(');
        for (int k = 0; k < keys.size(); k++) {
            if (k > 0) {
                sql.text.append(" OR ");
            }
            sql.text.append('(');
            for (int j = 0; j < k; j++) {
                int index = keys.get(j);
                equal(sql, field(query.order().get(index).field()), query.after().get(index));
                sql.text.append(" AND ");
            }
            int index = keys.get(k);
            after(sql, field(query.order().get(index).field()), query.after().get(index),
                    query.order().get(index).descending());
            sql.text.append(')');
        }
        sql.text.append(')');
    }

    private void equal(Builder sql, Field field, Object value) {
        List<String> expressions = orderExpressions(field);
        if (value == null) {
            sql.text.append(field.nullable() ? "(" + expressions.get(0) + " IS NULL)" : "1 = 0");
            return;
        }
        List<Object> values = orderValues(field, value);
        sql.text.append('(');
        for (int i = 0; i < expressions.size(); i++) {
            sql.text.append(i > 0 ? " AND " : "").append(expressions.get(i)).append(" = ")
                    .append(sql.parameter(values.get(i)));
        }
        sql.text.append(')');
    }

    /** Strictly after the value: ascending, nulls come first; descending, last. */
    private void after(Builder sql, Field field, Object value, boolean descending) {
        List<String> expressions = orderExpressions(field);
        if (value == null) {
            sql.text.append(descending ? "1 = 0"
                    : field.nullable() ? "(" + expressions.get(0) + " IS NOT NULL)" : "1 = 1");
            return;
        }
        List<Object> values = orderValues(field, value);
        String beyond = descending ? " < " : " > ";
        sql.text.append('(');
        for (int i = 0; i < expressions.size(); i++) {
            sql.text.append(i > 0 ? " OR (" : "(");
            for (int j = 0; j < i; j++) {
                sql.text.append(expressions.get(j)).append(" = ").append(sql.parameter(values.get(j))).append(" AND ");
            }
            sql.text.append(expressions.get(i)).append(beyond).append(sql.parameter(values.get(i))).append(')');
        }
        if (descending && field.nullable()) {
            sql.text.append(" OR ").append(expressions.get(0)).append(" IS NULL");
        }
        sql.text.append(')');
    }

    /** What a field sorts by: text without regard to case first, then as written, so that no two texts tie. */
    private static List<String> orderExpressions(Field field) {
        List<String> plain = switch (field.kind()) {
            case TEXT -> List.of("UPPER(" + field.expression() + ")", field.expression());
            case NAME -> List.of(field.key(), field.expression());
            default -> List.of(field.expression());
        };
        if (!field.isMany()) {
            return plain;
        }
        return plain.stream().map(expression -> "(SELECT " + expression + " FROM " + field.manyFrom()
                + " ORDER BY " + field.manyOrder() + " LIMIT 1)").toList();
    }

    /** The parameters that {@link #orderExpressions} compare with, from a sort key's value. */
    private static List<Object> orderValues(Field field, Object value) {
        String text = String.valueOf(value);
        return switch (field.kind()) {
            case TEXT, NAME -> List.of(upper(text), text);
            case BOOLEAN -> List.of(value instanceof Boolean bool ? bool : Boolean.valueOf(text));
            default -> List.of(text);
        };
    }

    private Field field(F name) {
        Field field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("no column for " + name);
        }
        return field;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** {@code *} becomes {@code %}; the LIKE wildcards and the escape itself are escaped with {@code !}. */
    private static String like(String glob) {
        StringBuilder pattern = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> pattern.append('%');
                case '%', '_', '!' -> pattern.append('!').append(c);
                default -> pattern.append(c);
            }
        }
        return pattern.toString();
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        String parameter(Object value) {
            parameters.add(value);
            return "?" + parameters.size();
        }

        Statement statement() {
            return new Statement(text.toString(), List.copyOf(parameters));
        }
    }
}

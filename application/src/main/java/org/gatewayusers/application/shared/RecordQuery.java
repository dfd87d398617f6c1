package org.gatewayusers.application.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gatewayusers.application.ontap.LocalUsers;

/**
 * A query on one collection of ONTAP records, typed by the fields {@code F} the collection documents: the filters
 * (every one must hold), the order (ending in the collection's unique key, so that no two records tie), the keyset
 * position (the sort key of the last record of the previous page; {@code null} for the first page) and the page
 * size. The ONTAP adapter reads it from ONTAP's query syntax; a port ({@link LocalUsers#find}) answers it.
 *
 * <p>Texts compare without regard to case. Where a field holds several values (a user's groups), a positive
 * alternative holds when any value matches, {@code !} is its complement, and {@code null} holds when there is none.
 *
 * @param <F> the fields of the collection
 */
public record RecordQuery<F>(List<Filter<F>> filters, List<SortKey<F>> order, List<Object> after, int limit) {

    public RecordQuery {
        filters = List.copyOf(filters);
        order = List.copyOf(order);
        if (after != null) {
            if (after.size() != order.size()) {
                throw new IllegalArgumentException("a position needs one value per sort key");
            }
            after = Collections.unmodifiableList(new ArrayList<>(after));
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /** The same query with another page size. */
    public RecordQuery<F> withLimit(int newLimit) {
        return new RecordQuery<>(filters, order, after, newLimit);
    }

    /** The one value a field must equal, when a filter pins it ({@code svm.uuid=...} with one positive value). */
    public Optional<String> pinned(F field) {
        return filters.stream()
                .filter(filter -> filter.field().equals(field) && filter.alternatives().size() == 1)
                .map(filter -> filter.alternatives().get(0))
                .filter(alternative -> !alternative.negated() && alternative.operator() == Operator.EQUAL)
                .map(Alternative::operand)
                .findFirst();
    }

    /** Whether a record passes every filter, given its values per field (booleans as {@code true}/{@code false}). */
    public boolean matches(Function<F, List<String>> values) {
        return filters.stream().allMatch(filter -> filter.matches(values.apply(filter.field())));
    }

    /**
     * The query's order over records in memory, given each record's values of a field: its first value, text
     * without regard to case then as written, no value first (last when descending), as the SQL of the ports orders.
     */
    public <T> Comparator<T> ordering(BiFunction<T, F, List<String>> valuesOf) {
        return (a, b) -> compareKeys(sortKey(a, valuesOf), sortKey(b, valuesOf));
    }

    /** Whether a record comes strictly after the query's position (every record does on the first page). */
    public <T> boolean isAfterPosition(T record, BiFunction<T, F, List<String>> valuesOf) {
        if (after == null) {
            return true;
        }
        List<String> position = after.stream().map(value -> value == null ? null : value.toString()).toList();
        return compareKeys(sortKey(record, valuesOf), position) > 0;
    }

    private <T> List<String> sortKey(T record, BiFunction<T, F, List<String>> valuesOf) {
        return order.stream().map(key -> {
            List<String> values = valuesOf.apply(record, key.field());
            return values.isEmpty() ? null : values.get(0);
        }).toList();
    }

    private int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < order.size(); i++) {
            int comparison = TEXT_ORDER.compare(a.get(i), b.get(i));
            if (comparison != 0) {
                return order.get(i).descending() ? -comparison : comparison;
            }
        }
        return 0;
    }

    private static final Comparator<String> TEXT_ORDER =
            Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    /** One filter: the record passes when any alternative holds. */
    public record Filter<F>(F field, List<Alternative> alternatives) {

        public Filter {
            Objects.requireNonNull(field, "field");
            alternatives = List.copyOf(alternatives);
        }

        public boolean matches(List<String> values) {
            return alternatives.stream().anyMatch(alternative -> alternative.matches(values));
        }
    }

    /** One sort key: a field, ascending unless descending. */
    public record SortKey<F>(F field, boolean descending) {

        public SortKey {
            Objects.requireNonNull(field, "field");
        }
    }

    /** What an alternative compares with its operand. */
    public enum Operator {
        /** The field has no value. */
        NULL,
        EQUAL,
        /** {@code *} stands for any characters. */
        GLOB,
        LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL
    }

    /**
     * {@code [!][<|>|<=|>=]operand}: {@code negated} is the complement of the rest. Comparisons of text are without
     * regard to case.
     */
    public record Alternative(boolean negated, Operator operator, String operand) {

        public Alternative {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(operand, "operand");
        }

        /** Whether it holds for a field with these values (none: the field is null). */
        public boolean matches(List<String> values) {
            boolean positive = operator == Operator.NULL ? values.isEmpty() : values.stream().anyMatch(this::test);
            return negated != positive;
        }

        /** Whether one value satisfies the comparison, ignoring {@link #negated()}. */
        public boolean test(String value) {
            return switch (operator) {
                case NULL -> false;
                case EQUAL -> value.equalsIgnoreCase(operand);
                case GLOB -> globPattern().matcher(value).matches();
                case LESS -> String.CASE_INSENSITIVE_ORDER.compare(value, operand) < 0;
                case LESS_OR_EQUAL -> String.CASE_INSENSITIVE_ORDER.compare(value, operand) <= 0;
                case GREATER -> String.CASE_INSENSITIVE_ORDER.compare(value, operand) > 0;
                case GREATER_OR_EQUAL -> String.CASE_INSENSITIVE_ORDER.compare(value, operand) >= 0;
            };
        }

        /** The literal text before the first {@code *} of a glob: every match starts with it (ignoring case). */
        public String globPrefix() {
            int star = operand.indexOf('*');
            return star < 0 ? operand : operand.substring(0, star);
        }

        /** The operand in upper case, as the stored keys are. */
        public String upperOperand() {
            return operand.toUpperCase(Locale.ROOT);
        }

        private Pattern globPattern() {
            StringBuilder regex = new StringBuilder();
            int from = 0;
            for (int star = operand.indexOf('*'); star >= 0; star = operand.indexOf('*', from)) {
                if (star > from) {
                    regex.append(Pattern.quote(operand.substring(from, star)));
                }
                regex.append(".*");
                from = star + 1;
            }
            if (from < operand.length()) {
                regex.append(Pattern.quote(operand.substring(from)));
            }
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        }
    }
}

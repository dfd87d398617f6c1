package org.gatewayusers.application.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A {@link RecordQuery} answered over records in memory, as the fakes of the ports answer it: the filters through
 * {@link RecordQuery#matches}, the order on each field's first value (text without regard to case, then as
 * written; no value first), the position and the limit.
 */
public final class InMemoryQueries {

    private static final Comparator<String> TEXT =
            Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));

    private InMemoryQueries() {
    }

    /**
     * @param records   every record (in the order to keep when the query names none)
     * @param valuesOf  a record's values of a field
     */
    public static <T, F> List<T> find(Collection<T> records, RecordQuery<F> query, BiFunction<T, F, List<String>> valuesOf) {
        Comparator<T> sorted = (a, b) -> compare(query, keyOf(query, a, valuesOf), keyOf(query, b, valuesOf));
        return records.stream()
                .filter(record -> query.matches(field -> valuesOf.apply(record, field)))
                .sorted(query.order().isEmpty() ? (a, b) -> 0 : sorted)
                .filter(record -> query.after() == null
                        || compare(query, keyOf(query, record, valuesOf), afterKey(query)) > 0)
                .limit(query.limit())
                .toList();
    }

    public static <T, F> long count(Collection<T> records, RecordQuery<F> query, BiFunction<T, F, List<String>> valuesOf) {
        return records.stream().filter(record -> query.matches(field -> valuesOf.apply(record, field))).count();
    }

    private static <T, F> List<String> keyOf(RecordQuery<F> query, T record, BiFunction<T, F, List<String>> valuesOf) {
        return query.order().stream().map(key -> {
            List<String> values = valuesOf.apply(record, key.field());
            return values.isEmpty() ? null : values.get(0);
        }).toList();
    }

    private static <F> List<String> afterKey(RecordQuery<F> query) {
        return query.after().stream().map(value -> value == null ? null : value.toString()).toList();
    }

    private static <F> int compare(RecordQuery<F> query, List<String> a, List<String> b) {
        for (int i = 0; i < query.order().size(); i++) {
            int comparison = TEXT.compare(a.get(i), b.get(i));
            if (comparison != 0) {
                return query.order().get(i).descending() ? -comparison : comparison;
            }
        }
        return 0;
    }
}

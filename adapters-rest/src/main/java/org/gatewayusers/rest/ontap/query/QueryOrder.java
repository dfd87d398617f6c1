package org.gatewayusers.rest.ontap.query;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The order of a collection: the {@code order_by} fields ({@code field}, {@code field asc}, {@code field desc}, comma
 * separated), then the schema's unique key fields not named there, ascending, so that no two records tie. The sort
 * key of a record is the first value at each of these paths (nothing sorts first).
 */
public final class QueryOrder {

    static final String PARAMETER = "order_by";

    private final List<Key> keys;

    private QueryOrder(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    record Key(String field, String[] path, boolean descending) {

        @Override
        public String toString() {
            return field + (descending ? " desc" : " asc");
        }
    }

    /** The order of {@code order_by} (absent or blank: the unique key). */
    static QueryOrder parse(String orderBy, CollectionSchema schema) {
        List<Key> keys = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        if (orderBy != null) {
            for (String item : orderBy.split(",")) {
                String[] words = item.trim().split("\\s+");
                if (words.length == 1 && words[0].isEmpty()) {
                    continue;
                }
                String field = words[0];
                if (!schema.isField(field)) {
                    throw OntapProblem.badField(PARAMETER,
                            "Unexpected argument \"" + field + "\" in \"" + PARAMETER + "\".");
                }
                if (words.length > 2 || (words.length == 2 && !isDirection(words[1]))) {
                    throw OntapProblem.badField(PARAMETER, "Invalid value \"" + item.trim() + "\" in \"" + PARAMETER
                            + "\": a field, then \"asc\" or \"desc\".");
                }
                boolean descending = words.length == 2 && words[1].equalsIgnoreCase("desc");
                if (named.add(field)) {
                    keys.add(new Key(field, QueryValues.path(field), descending));
                }
            }
        }
        for (String field : schema.uniqueKey()) {
            if (named.add(field)) {
                keys.add(new Key(field, QueryValues.path(field), false));
            }
        }
        return new QueryOrder(keys);
    }

    private static boolean isDirection(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("asc") || lower.equals("desc");
    }

    List<Key> keys() {
        return keys;
    }

    int size() {
        return keys.size();
    }

    /** The sort key of a record: one value per key, {@link JsonValue#NULL} where it has none. */
    List<JsonValue> keyOf(JsonObject record) {
        List<JsonValue> values = new ArrayList<>(keys.size());
        keys.forEach(key -> values.add(QueryValues.first(record, key.path())));
        return values;
    }

    /** Compares two sort keys in this order. */
    int compare(List<JsonValue> a, List<JsonValue> b) {
        for (int i = 0; i < keys.size(); i++) {
            int comparison = QueryValues.compare(a.get(i), b.get(i));
            if (comparison != 0) {
                return keys.get(i).descending() ? -comparison : comparison;
            }
        }
        return 0;
    }

    /** The order written out in full, e.g. {@code name desc,svm.uuid asc,sid asc}: what a cursor belongs to. */
    String signature() {
        return keys.stream().map(Key::toString).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return signature();
    }
}

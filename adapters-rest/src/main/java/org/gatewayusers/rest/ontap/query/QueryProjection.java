package org.gatewayusers.rest.ontap.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gatewayusers.rest.ontap.errors.OntapError;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The members of each record that {@code fields} asks for: {@code **} all of them; {@code *} every field of the schema
 * but the expensive ones; or a comma list of fields and prefixes of fields ({@code svm} keeps the whole {@code svm}
 * object), which {@code *} may join. Without {@code fields}, the schema's unique key fields. The always-fields are kept
 * in every case, and a nested object that is kept keeps its {@code _links}. Members keep the order of the record.
 */
public final class QueryProjection {

    public static final String PARAMETER = "fields";
    public static final String ERROR_CODE = "262197";

    private static final String LINKS = "_links";
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private final boolean everything;
    private final Set<String> paths;
    private final Selection root;
    /** The schema's string fields this projection selects: answered as "" where a record holds none. */
    private final Set<String> strings;

    private QueryProjection(boolean everything, Set<String> paths, CollectionSchema schema) {
        this.everything = everything;
        this.paths = Set.copyOf(paths);
        this.root = new Selection();
        paths.forEach(path -> root.add(QueryValues.path(path), 0));
        this.strings = new LinkedHashSet<>();
        schema.stringFields().stream()
                .filter(field -> paths.stream().anyMatch(path -> CollectionSchema.isPathPrefix(path, field)))
                .forEach(strings::add);
    }

    /** The projection of a {@code fields} parameter (absent: the schema's unique key fields). */
    static QueryProjection parse(String fields, CollectionSchema schema) {
        Set<String> paths = new LinkedHashSet<>(schema.alwaysFields());
        boolean listed = false;
        boolean everything = false;
        if (fields != null) {
            for (String item : fields.split(",")) {
                String name = item.trim();
                if (name.isEmpty()) {
                    continue;
                }
                listed = true;
                if (name.equals("**")) {
                    everything = true;
                } else if (name.equals("*")) {
                    schema.fields().stream().filter(field -> !schema.isExpensive(field)).forEach(paths::add);
                } else if (schema.isSelectable(name)) {
                    paths.add(name);
                } else {
                    throw new OntapProblem(new OntapError(400, ERROR_CODE,
                            "Unexpected argument \"" + name + "\" in \"" + PARAMETER + "\"."), PARAMETER);
                }
            }
        }
        if (!listed) {
            paths.addAll(schema.uniqueKey());
        }
        return new QueryProjection(everything, paths, schema);
    }

    /** Whether this projection keeps {@code field}, a part of it, or all of it. */
    boolean selects(String field) {
        return everything || paths.stream().anyMatch(path -> CollectionSchema.isPathPrefix(path, field)
                || CollectionSchema.isPathPrefix(field, path));
    }

    /** Whether a {@code fields} value lists nothing, so that the unique key fields apply. */
    static boolean isBlank(String fields) {
        return fields == null || fields.replace(",", "").isBlank();
    }

    JsonObject apply(JsonObject record) {
        JsonObject projected = everything ? record : root.project(record, true);
        if (strings.stream().allMatch(projected::containsKey)) {
            return projected;
        }
        JsonObjectBuilder filled = BUILDERS.createObjectBuilder(projected);
        strings.stream().filter(field -> !projected.containsKey(field)).forEach(field -> filled.add(field, ""));
        return filled.build();
    }

    /** A tree of the selected paths: a node is either kept whole or kept in the parts its children name. */
    private static final class Selection {

        private boolean whole;
        private final Map<String, Selection> children = new LinkedHashMap<>();

        void add(String[] path, int depth) {
            if (whole) {
                return;
            }
            if (depth == path.length) {
                whole = true;
                children.clear();
                return;
            }
            children.computeIfAbsent(path[depth], name -> new Selection()).add(path, depth + 1);
        }

        JsonObject project(JsonObject object, boolean top) {
            JsonObjectBuilder kept = BUILDERS.createObjectBuilder();
            object.forEach((name, value) -> {
                Selection child = children.get(name);
                if (child != null) {
                    kept.add(name, child.whole ? value : child.projectValue(value));
                } else if (!top && name.equals(LINKS)) {
                    kept.add(name, value);
                }
            });
            return kept.build();
        }

        private JsonValue projectValue(JsonValue value) {
            if (value instanceof JsonObject object) {
                return project(object, false);
            }
            if (value instanceof JsonArray array) {
                JsonArrayBuilder kept = BUILDERS.createArrayBuilder();
                array.forEach(element -> kept.add(projectValue(element)));
                return kept.build();
            }
            return value;
        }
    }
}

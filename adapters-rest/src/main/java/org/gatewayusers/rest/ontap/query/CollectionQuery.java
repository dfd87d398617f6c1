package org.gatewayusers.rest.ontap.query;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * An ONTAP collection query over JSON records: the filters, {@code fields}, {@code order_by}, {@code max_records},
 * {@code return_records} and {@code start.key} of a {@code GET} on a collection, read against a
 * {@link CollectionSchema}.
 *
 * <pre>{@code
 * CollectionQuery query = CollectionQuery.parse(uriInfo.getQueryParameters(), schema);
 * CollectionQuery.Page page = query.apply(records, "/api/protocols/cifs/local-users");
 * return Response.ok(page.body()).build();
 * }</pre>
 *
 * <p>Every query parameter that names a field of the schema is a filter on it (see {@link QueryFilter}); a parameter
 * given more than once filters by each of its values. A parameter that is neither a field nor reserved is a 400 on
 * that parameter. Paging is by keyset: when more records match than {@code max_records}, the next link repeats the
 * query with a {@code start.key} holding the sort key of the last record of the page, and the next page holds the
 * records strictly after it in the same order.
 */
public final class CollectionQuery {

    /** The largest {@code max_records}. */
    public static final int MAX_RECORDS_CAP = 10_000;

    static final String MAX_RECORDS = "max_records";
    static final String RETURN_RECORDS = "return_records";
    static final String RETURN_TIMEOUT = "return_timeout";

    /** The parameters as given, by name in byte order: the self link, and without start.* the next link. */
    private final TreeMap<String, List<String>> parameters;
    private final List<QueryFilter> filters;
    private final QueryProjection projection;
    private final QueryProjection recordProjection;
    private final QueryOrder order;
    private final OptionalInt maxRecords;
    private final boolean returnRecords;
    private final List<JsonValue> after;

    private CollectionQuery(TreeMap<String, List<String>> parameters, List<QueryFilter> filters,
            QueryProjection projection, QueryProjection recordProjection, QueryOrder order, OptionalInt maxRecords,
            boolean returnRecords, List<JsonValue> after) {
        this.parameters = parameters;
        this.filters = List.copyOf(filters);
        this.projection = projection;
        this.recordProjection = recordProjection;
        this.order = order;
        this.maxRecords = maxRecords;
        this.returnRecords = returnRecords;
        this.after = after;
    }

    /**
     * Reads the (already URL-decoded) query parameters of a request on a collection; a {@code MultivaluedMap} of
     * JAX-RS is such a map. Throws {@link OntapProblem} for what ONTAP refuses: an unknown parameter (code 2, target
     * the parameter), an unknown name in {@code fields} (262197, target {@code fields}), a bad {@code order_by},
     * {@code max_records}, {@code return_records}, {@code return_timeout} or {@code start.key} (code 2, target the
     * parameter).
     */
    public static CollectionQuery parse(Map<String, List<String>> queryParameters, CollectionSchema schema) {
        TreeMap<String, List<String>> given = new TreeMap<>();
        if (queryParameters != null) {
            queryParameters.forEach((name, values) -> {
                if (name != null && values != null && !values.isEmpty()) {
                    given.put(name, List.copyOf(values));
                }
            });
        }
        List<QueryFilter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            if (schema.isField(name)) {
                parameter.getValue().forEach(value -> filters.add(QueryFilter.parse(name, value, schema)));
            } else if (!schema.isReserved(name)) {
                throw OntapProblem.badField(name, "Unexpected argument \"" + name + "\".");
            }
        }
        String fields = joined(given.get(QueryProjection.PARAMETER));
        QueryProjection projection = QueryProjection.parse(fields, schema);
        // One record by its key: ONTAP answers every field, the expensive ones too, unless fields says otherwise.
        QueryProjection recordProjection = QueryProjection.isBlank(fields)
                ? QueryProjection.parse(String.join(",", schema.fields()), schema) : projection;
        QueryOrder order = QueryOrder.parse(joined(given.get(QueryOrder.PARAMETER)), schema);
        OptionalInt maxRecords = maxRecords(first(given, MAX_RECORDS));
        boolean returnRecords = OntapQuery.returnRecords(first(given, RETURN_RECORDS), true);
        OntapQuery.returnTimeout(first(given, RETURN_TIMEOUT));
        String start = first(given, QueryCursor.PARAMETER);
        List<JsonValue> after = start == null ? null : QueryCursor.decode(start, order);
        return new CollectionQuery(given, filters, projection, recordProjection, order, maxRecords, returnRecords,
                after);
    }

    /** Whether the page shows {@code field} or a part of it: what a resource reads only when it is shown. */
    public boolean selects(String field) {
        return projection.selects(field);
    }

    /** Whether a record passes every filter: what a {@code PATCH} or {@code DELETE} on the collection applies to. */
    public boolean matches(JsonObject record) {
        for (QueryFilter filter : filters) {
            if (!filter.matches(record)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page of these records that this query asks for: the matching records in order, after the cursor if there
     * is one, at most {@code max_records} of them, each cut to {@code fields}.
     *
     * @param records        the whole collection (in any order)
     * @param collectionPath the path of the collection, e.g. {@code /api/protocols/cifs/local-users}, for the links
     */
    public Page apply(List<JsonObject> records, String collectionPath) {
        List<Keyed> matching = new ArrayList<>();
        for (JsonObject record : records) {
            if (matches(record)) {
                List<JsonValue> key = order.keyOf(record);
                if (after == null || order.compare(key, after) > 0) {
                    matching.add(new Keyed(record, key));
                }
            }
        }
        matching.sort(Comparator.comparing(Keyed::key, order::compare));
        int size = Math.min(matching.size(), maxRecords.orElse(Integer.MAX_VALUE));
        List<JsonObject> page = new ArrayList<>(returnRecords ? size : 0);
        if (returnRecords) {
            matching.subList(0, size).forEach(keyed -> page.add(projection.apply(keyed.record())));
        }
        Optional<String> next = Optional.empty();
        if (matching.size() > size && size > 0) {
            next = Optional.of(href(collectionPath, false, QueryCursor.encode(order, matching.get(size - 1).key())));
        }
        return new Page(List.copyOf(page), size, returnRecords,
                href(collectionPath, true, null), next);
    }

    /**
     * This query in the application's terms, for a port to answer in the database: its filters, its order, its
     * position and a page size of {@code max_records} (absent: {@link #MAX_RECORDS_CAP}, with a next link beyond).
     * {@code fields} maps the names of the schema to the typed fields; a field of the schema with no typed field
     * (documented, not modelled here) has no value in any record, so a filter on it either passes every record or
     * none (then the answer is empty), and ordering on it changes nothing.
     */
    public <F> Optional<RecordQuery<F>> typed(Map<String, F> fields) {
        return typed(fields, Map.of());
    }

    /**
     * As {@link #typed(Map)}, where every record has the same values of the fields of {@code constants} (an SVM's
     * {@code state}): a filter on one of them passes every record or none, and ordering on it changes nothing.
     */
    public <F> Optional<RecordQuery<F>> typed(Map<String, F> fields, Map<String, List<JsonValue>> constants) {
        List<RecordQuery.Filter<F>> typedFilters = new ArrayList<>();
        for (QueryFilter filter : filters) {
            F field = fields.get(filter.field());
            List<JsonValue> constant = constants.get(filter.field());
            if (field != null) {
                typedFilters.add(new RecordQuery.Filter<>(field, filter.typed()));
            } else if (constant != null) {
                if (!filter.matches(constant)) {
                    return Optional.empty();
                }
            } else if (!filter.matchesNothingThere()) {
                return Optional.empty();
            }
        }
        List<RecordQuery.SortKey<F>> sortKeys = new ArrayList<>();
        List<Object> position = after == null ? null : new ArrayList<>();
        for (int i = 0; i < order.keys().size(); i++) {
            F field = fields.get(order.keys().get(i).field());
            if (field != null) {
                sortKeys.add(new RecordQuery.SortKey<>(field, order.keys().get(i).descending()));
                if (position != null) {
                    position.add(QueryValues.plain(after.get(i)));
                }
            }
        }
        return Optional.of(new RecordQuery<>(typedFilters, sortKeys, position, maxRecords.orElse(MAX_RECORDS_CAP)));
    }

    /** Whether the answer is a count alone: {@code return_records=false} without {@code max_records}. */
    public boolean countsOnly() {
        return !returnRecords && maxRecords.isEmpty();
    }

    /**
     * The page of records a port found for {@link #typed}: already filtered, ordered and cut to the page size, each
     * record is cut to {@code fields}; when more match, the next link starts after the last of them.
     */
    public Page page(List<JsonObject> records, boolean more, String collectionPath) {
        List<JsonObject> page = new ArrayList<>(returnRecords ? records.size() : 0);
        if (returnRecords) {
            records.forEach(record -> page.add(projection.apply(record)));
        }
        Optional<String> next = Optional.empty();
        if (more && !records.isEmpty()) {
            next = Optional.of(href(collectionPath, false,
                    QueryCursor.encode(order, order.keyOf(records.get(records.size() - 1)))));
        }
        return new Page(page, records.size(), returnRecords, href(collectionPath, true, null), next);
    }

    /** The answer of a count ({@link #countsOnly}): {@code num_records} alone. */
    public Page counted(long count, String collectionPath) {
        return new Page(List.of(), (int) Math.min(Integer.MAX_VALUE, count), false, href(collectionPath, true, null),
                Optional.empty());
    }

    /**
     * One record cut to {@code fields}, as ONTAP answers a {@code GET} on a record by its key: without
     * {@code fields}, every field (a collection gives its unique key fields instead). The
     * always-fields are kept in every case.
     */
    public JsonObject project(JsonObject record) {
        return recordProjection.apply(record);
    }

    /** {@code max_records}, when given. */
    public OptionalInt maxRecords() {
        return maxRecords;
    }

    /** {@code return_records}, true when absent. */
    public boolean returnRecords() {
        return returnRecords;
    }

    /** The order of the records, e.g. {@code name desc,svm.uuid asc,sid asc}. */
    public String order() {
        return order.signature();
    }

    /**
     * One page of a collection.
     *
     * @param records         the records of the page, cut to {@code fields}; empty with {@code return_records=false}
     * @param numRecords      how many records the page holds (also with {@code return_records=false})
     * @param recordsReturned whether the body carries {@code records}
     * @param selfHref        the request: the collection path and its query
     * @param nextHref        the next page, when more records match
     */
    public record Page(List<JsonObject> records, int numRecords, boolean recordsReturned, String selfHref,
            Optional<String> nextHref) {

        public Page {
            records = List.copyOf(records);
            Objects.requireNonNull(selfHref, "selfHref");
            Objects.requireNonNull(nextHref, "nextHref");
        }

        /** {@code {"records":[...],"num_records":n,"_links":{"self":{"href"},"next":{"href"}}}}. */
        public JsonObject json() {
            JsonObjectBuilder body = Json.createObjectBuilder();
            if (recordsReturned) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                records.forEach(array::add);
                body.add("records", array);
            }
            body.add("num_records", numRecords);
            JsonObjectBuilder links = Json.createObjectBuilder()
                    .add("self", Json.createObjectBuilder().add("href", selfHref));
            nextHref.ifPresent(next -> links.add("next", Json.createObjectBuilder().add("href", next)));
            return body.add("_links", links).build();
        }

        /** {@link #json()} as the response body. */
        public String body() {
            return json().toString();
        }
    }

    private record Keyed(JsonObject record, List<JsonValue> key) {
    }

    /** The collection path and query: all parameters for self; for next all but start.*, then the cursor. */
    private String href(String collectionPath, boolean self, String cursor) {
        StringBuilder href = new StringBuilder(collectionPath);
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!self && parameter.getKey().startsWith(CollectionSchema.START_PREFIX)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                href.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        if (cursor != null) {
            href.append(separator).append(QueryCursor.PARAMETER).append('=').append(cursor);
        }
        return href.toString();
    }

    /** Percent-encodes all but the unreserved characters and {@code * , ! : / @}, which a query carries as they are. */
    public static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~*,!:/@".indexOf(c) >= 0;
            if (plain) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String first(Map<String, List<String>> given, String name) {
        List<String> values = given.get(name);
        return values == null ? null : values.get(0);
    }

    /** {@code fields=a&fields=b} reads as {@code fields=a,b}. */
    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values);
    }

    private static OptionalInt maxRecords(String raw) {
        if (raw == null) {
            return OptionalInt.empty();
        }
        String digits = raw.trim();
        if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) < 1
                || Integer.parseInt(digits) > MAX_RECORDS_CAP) {
            throw OntapProblem.badField(MAX_RECORDS, "Field \"" + MAX_RECORDS + "\" must be an integer from 1 to "
                    + MAX_RECORDS_CAP + ".");
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }


}

package org.gatewayusers.rest.ontap.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link CollectionQuery} needs to know of one ONTAP collection: its fields (dotted paths into the records,
 * each one filterable, selectable with {@code fields} and usable in {@code order_by}), the fields every record
 * carries whatever {@code fields} says, the expensive fields that {@code fields=*} leaves out, and the unique key that
 * makes the order total (and the fields returned when {@code fields} is absent).
 *
 * <p>Immutable: each {@code with...} returns a new schema. The unique key fields are fields too. List the fields
 * before naming them in the other lists; a name that is not a field is a mistake in the schema and refused at once.
 *
 * <pre>{@code
 * CollectionSchema.keyedBy("svm.uuid", "sid")
 *         .withFields("name", "full_name", "svm.name", "membership.name")
 *         .withAlwaysFields("svm", "sid", "name", "_links")
 *         .withDomainQualifiedField("name");
 * }</pre>
 */
public final class CollectionSchema {

    /** The query parameters every ONTAP collection reads itself; {@code start.*} is reserved too. */
    public static final Set<String> RESERVED_PARAMETERS =
            Set.of("fields", "max_records", "return_records", "return_timeout", "order_by");

    /** The prefix of ONTAP's paging parameters, of which this engine uses {@code start.key}. */
    public static final String START_PREFIX = "start.";

    private final List<String> uniqueKey;
    private final Set<String> fields;
    private final Set<String> alwaysFields;
    private final Set<String> expensiveFields;
    private final Set<String> domainQualifiedFields;
    private final Set<String> stringFields;
    private final Set<String> openFields;

    private CollectionSchema(List<String> uniqueKey, Set<String> fields, Set<String> alwaysFields,
            Set<String> expensiveFields, Set<String> domainQualifiedFields, Set<String> stringFields,
            Set<String> openFields) {
        this.uniqueKey = List.copyOf(uniqueKey);
        this.fields = ordered(fields);
        this.alwaysFields = ordered(alwaysFields);
        this.expensiveFields = ordered(expensiveFields);
        this.domainQualifiedFields = ordered(domainQualifiedFields);
        this.stringFields = ordered(stringFields);
        this.openFields = ordered(openFields);
    }

    /** A schema whose records are told apart by these fields (for local users {@code svm.uuid, sid}). */
    public static CollectionSchema keyedBy(String... uniqueKey) {
        if (uniqueKey.length == 0) {
            throw new IllegalArgumentException("A collection needs a unique key for a total order");
        }
        List<String> key = Arrays.asList(uniqueKey);
        key.forEach(CollectionSchema::requireWellFormed);
        if (new LinkedHashSet<>(key).size() != key.size()) {
            throw new IllegalArgumentException("The unique key names a field twice: " + key);
        }
        return new CollectionSchema(key, new LinkedHashSet<>(key), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** Adds fields: dotted paths, filterable, selectable and sortable. */
    public CollectionSchema withFields(String... names) {
        Set<String> more = new LinkedHashSet<>(fields);
        for (String name : names) {
            requireWellFormed(name);
            more.add(name);
        }
        return new CollectionSchema(uniqueKey, more, alwaysFields, expensiveFields, domainQualifiedFields,
                stringFields, openFields);
    }

    /**
     * Adds members every returned record keeps whatever {@code fields} says (a field, a prefix of fields such as
     * {@code svm}, or a member that is no field such as {@code _links}).
     */
    public CollectionSchema withAlwaysFields(String... names) {
        Set<String> more = new LinkedHashSet<>(alwaysFields);
        for (String name : names) {
            requireWellFormed(name);
            more.add(name);
        }
        return new CollectionSchema(uniqueKey, fields, more, expensiveFields, domainQualifiedFields,
                stringFields, openFields);
    }


    /** Adds fields that {@code fields=*} leaves out; {@code fields=**} or naming them returns them. */
    public CollectionSchema withExpensiveFields(String... names) {
        Set<String> more = new LinkedHashSet<>(expensiveFields);
        for (String name : names) {
            if (!isFieldOrPrefix(name)) {
                throw new IllegalArgumentException("An expensive field must be a field or a prefix of fields: " + name);
            }
            more.add(name);
        }
        return new CollectionSchema(uniqueKey, fields, alwaysFields, more, domainQualifiedFields, stringFields,
                openFields);
    }


    /**
     * Makes a string field hold {@code DOMAIN\name}: a filter value without a backslash compares against the part
     * after the backslash of a stored value (so {@code name=alex} and {@code name=al*} find {@code SMB01\alex}),
     * a filter value with one against the whole value.
     */
    public CollectionSchema withDomainQualifiedField(String name) {
        if (!fields.contains(name)) {
            throw new IllegalArgumentException("A domain-qualified field must be a field: " + name);
        }
        Set<String> more = new LinkedHashSet<>(domainQualifiedFields);
        more.add(name);
        return new CollectionSchema(uniqueKey, fields, alwaysFields, expensiveFields, more, stringFields,
                openFields);
    }

    /**
     * Marks fields as strings that the service holds: a record that holds none for such a field answers it as
     * {@code ""} when {@code fields} selects it, because clients (Ansible's idempotency above all) compare only the
     * keys they get back and could otherwise never set the field later.
     */
    public CollectionSchema withStringFields(String... names) {
        Set<String> more = new LinkedHashSet<>(stringFields);
        for (String name : names) {
            if (!fields.contains(name) || name.contains(".")) {
                throw new IllegalArgumentException("A string field must be a top-level field: " + name);
            }
            more.add(name);
        }
        return new CollectionSchema(uniqueKey, fields, alwaysFields, expensiveFields, domainQualifiedFields,
                more, openFields);
    }

    /**
     * Adds fields that ONTAP documents as objects whose members this service may not model one by one: the field
     * and every path below it ({@code options.multichannel}, {@code security.*}) may be named in {@code fields}.
     */
    public CollectionSchema withOpenFields(String... names) {
        Set<String> more = new LinkedHashSet<>(openFields);
        Set<String> asFields = new LinkedHashSet<>(fields);
        for (String name : names) {
            requireWellFormed(name);
            more.add(name);
            asFields.add(name);
        }
        return new CollectionSchema(uniqueKey, asFields, alwaysFields, expensiveFields, domainQualifiedFields,
                stringFields, more);
    }

    /** The documented object fields, any path below which may be named. */
    public Set<String> openFields() {
        return openFields;
    }

    /** The held string fields, answered as {@code ""} when empty and selected. */
    public Set<String> stringFields() {
        return stringFields;
    }

    public List<String> uniqueKey() {
        return uniqueKey;
    }

    public Set<String> fields() {
        return fields;
    }

    public Set<String> alwaysFields() {
        return alwaysFields;
    }


    public Set<String> expensiveFields() {
        return expensiveFields;
    }


    public boolean isField(String name) {
        return fields.contains(name);
    }

    public boolean isDomainQualified(String field) {
        return domainQualifiedFields.contains(field);
    }

    /** A name {@code fields} may list: a field, a prefix of fields ({@code svm}), or an always-field. */
    public boolean isSelectable(String name) {
        return isFieldOrPrefix(name) || alwaysFields.contains(name)
                || openFields.stream().anyMatch(open -> name.startsWith(open + "."));
    }

    /** A query parameter that is no filter: the reserved ones and {@code start.*}. */
    public boolean isReserved(String parameter) {
        return RESERVED_PARAMETERS.contains(parameter) || parameter.startsWith(START_PREFIX);
    }

    /** Whether this field lies under an expensive field (or is one). */
    boolean isExpensive(String field) {
        return expensiveFields.stream().anyMatch(expensive -> isPathPrefix(expensive, field));
    }

    private boolean isFieldOrPrefix(String name) {
        return fields.stream().anyMatch(field -> isPathPrefix(name, field));
    }

    /** {@code svm} is a path prefix of {@code svm.uuid} and of itself, not of {@code svmx}. */
    static boolean isPathPrefix(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix + ".");
    }

    private static void requireWellFormed(String name) {
        if (name == null || name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")
                || name.contains(",") || name.contains(" ") || name.equals("*") || name.equals("**")) {
            throw new IllegalArgumentException("Not a dotted field path: \"" + name + "\"");
        }
    }

    private static Set<String> ordered(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    @Override
    public String toString() {
        return "CollectionSchema[key=" + uniqueKey + ", fields=" + fields + ", always=" + alwaysFields
                + ", expensive=" + expensiveFields + ", domainQualified=" + domainQualifiedFields + ", strings=" + stringFields + ", open=" + openFields + "]";
    }
}

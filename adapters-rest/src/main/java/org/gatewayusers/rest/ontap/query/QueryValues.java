package org.gatewayusers.rest.ontap.query;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading and comparing the values of JSON records as ONTAP queries see them. */
public final class QueryValues {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private QueryValues() {
    }

    public static String[] path(String dotted) {
        return dotted.split("\\.");
    }

    /**
     * The values at a dotted path: arrays met on the way (or at the end) are flattened, so {@code membership.name}
     * gives the name of every membership; absent members and JSON nulls give nothing.
     */
    public static List<JsonValue> at(JsonObject record, String[] path) {
        List<JsonValue> values = new ArrayList<>();
        collect(record, path, 0, values);
        return values;
    }

    /** The first value at a path, or {@link JsonValue#NULL} when there is none: the sort key of a record. */
    static JsonValue first(JsonObject record, String[] path) {
        List<JsonValue> values = at(record, path);
        return values.isEmpty() ? JsonValue.NULL : values.get(0);
    }

    private static void collect(JsonValue value, String[] path, int depth, List<JsonValue> values) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (value instanceof JsonArray array) {
            array.forEach(element -> collect(element, path, depth, values));
        } else if (depth == path.length) {
            values.add(value);
        } else if (value instanceof JsonObject object) {
            collect(object.get(path[depth]), path, depth + 1, values);
        }
    }

    /** A sort-key value as plain Java: a string, a boolean, a number, or null. */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case NULL -> null;
            default -> value.toString();
        };
    }

    /** A filter operand read as a number, when it is one. */
    static Optional<BigDecimal> number(String operand) {
        return NUMBER.matcher(operand).matches() ? Optional.of(new BigDecimal(operand)) : Optional.empty();
    }

    /** The text a filter compares with: a string as it is, a boolean as {@code true}/{@code false}, a number as JSON. */
    static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value.toString();
    }

    /**
     * A total order of sort-key values: nothing first, then booleans (false before true), numbers (by value),
     * strings (case-insensitive, then case-sensitive so that distinct strings never tie), anything else by its JSON.
     */
    static int compare(JsonValue a, JsonValue b) {
        int byKind = Integer.compare(rank(a), rank(b));
        if (byKind != 0) {
            return byKind;
        }
        return switch (rank(a)) {
            case 0 -> 0;
            case 1 -> Boolean.compare(isTrue(a), isTrue(b));
            case 2 -> ((JsonNumber) a).bigDecimalValue().compareTo(((JsonNumber) b).bigDecimalValue());
            case 3 -> compareText(((JsonString) a).getString(), ((JsonString) b).getString());
            default -> a.toString().compareTo(b.toString());
        };
    }

    static int compareText(String a, String b) {
        int ignoringCase = String.CASE_INSENSITIVE_ORDER.compare(a, b);
        return ignoringCase != 0 ? ignoringCase : a.compareTo(b);
    }

    private static boolean isTrue(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static int rank(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> 0;
            case FALSE, TRUE -> 1;
            case NUMBER -> 2;
            case STRING -> 3;
            default -> 4;
        };
    }
}

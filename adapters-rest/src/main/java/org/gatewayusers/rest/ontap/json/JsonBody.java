package org.gatewayusers.rest.ontap.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * An ONTAP request body read strictly: one JSON object, no field the operation does not know,
 * each field of the type the API documents. Every failure is an ONTAP 400, never a 500.
 */
public final class JsonBody {

    private final JsonObject object;
    private final String prefix;

    private JsonBody(JsonObject object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    public static JsonBody parse(String text) {
        if (text == null || text.isBlank()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT, "");
        }
        // a parser, not a reader: a reader stops after the first value and would let trailing content through
        try (JsonParser parser = OntapJson.JSON.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw OntapProblem.badField(null, "The request body is not valid JSON: content after the object.");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw OntapProblem.badField(null, "The request body must be a JSON object.");
            }
            return new JsonBody(value.asJsonObject(), "");
        } catch (JsonParsingException malformed) {
            throw OntapProblem.badField(null, "The request body is not valid JSON: " + location(malformed));
        } catch (OntapProblem refused) {
            throw refused;
        } catch (RuntimeException unreadable) {
            // JsonException, IllegalStateException, and what a parser throws past its own limits (Parsson: a plain
            // RuntimeException for nesting deeper than 1000)
            throw OntapProblem.badField(null, "The request body is not valid JSON.");
        }
    }

    private static String location(JsonParsingException malformed) {
        var at = malformed.getLocation();
        return at == null ? "unexpected content" : "unexpected content at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ".";
    }

    /** Refuses any field outside {@code known}, naming it, as ONTAP does. */
    public JsonBody allowOnly(Set<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                throw OntapProblem.badField(prefix + key, "Unexpected argument \"" + prefix + key + "\".");
            }
        }
        return this;
    }

    /** The fields the body gave a value; a JSON null counts as not given. */
    Set<String> givenKeys() {
        return object.entrySet().stream()
                .filter(field -> field.getValue().getValueType() != JsonValue.ValueType.NULL)
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public Optional<String> string(String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw wrongType(key, "a string");
        }
        return Optional.of(text.getString());
    }

    /** A string, or an object naming it in {@code name} (ONTAP takes {@code "role": "admin"} and {@code "role": {"name": "admin"}}). */
    public Optional<String> stringOrNamed(String key) {
        JsonValue value = object.get(key);
        if (value != null && value.getValueType() == JsonValue.ValueType.OBJECT) {
            return object(key).orElseThrow().allowOnly(Set.of("name")).string("name");
        }
        return string(key);
    }

    public Optional<Boolean> bool(String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        return switch (value.getValueType()) {
            case TRUE -> Optional.of(Boolean.TRUE);
            case FALSE -> Optional.of(Boolean.FALSE);
            default -> throw wrongType(key, "a boolean");
        };
    }

    public Optional<JsonBody> object(String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw wrongType(key, "an object");
        }
        return Optional.of(new JsonBody(value.asJsonObject(), prefix + key + "."));
    }

    /** The objects of an array field; empty when absent. */
    public java.util.List<JsonBody> objects(String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return java.util.List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(key, "an array");
        }
        java.util.List<JsonBody> elements = new java.util.ArrayList<>();
        var array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw wrongType(key + "[" + i + "]", "an object");
            }
            elements.add(new JsonBody(array.get(i).asJsonObject(), prefix + key + "[" + i + "]."));
        }
        return elements;
    }

    private OntapProblem wrongType(String key, String expected) {
        return OntapProblem.badField(prefix + key, "Field \"" + prefix + key + "\" must be " + expected + ".");
    }
}

package org.gatewayusers.rest.ontap.query;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The {@code start.key} of a next link: an opaque base64url token holding the order it belongs to and the sort key
 * of the last record of the previous page. The next page starts strictly after that key, so records inserted or
 * deleted between two pages neither shift nor repeat the others.
 */
public final class QueryCursor {

    static final String PARAMETER = CollectionSchema.START_PREFIX + "key";

    private static final int MAX_TOKEN_LENGTH = 16_384;

    private QueryCursor() {
    }

    static String encode(QueryOrder order, List<JsonValue> key) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        key.forEach(values::add);
        String json = Json.createObjectBuilder().add("o", order.signature()).add("k", values).build().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key of a token made by {@link #encode} for the same order; anything else is a 400 on start.key. */
    static List<JsonValue> decode(String token, QueryOrder order) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalid();
        }
        JsonObject cursor;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)))) {
            cursor = reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException notACursor) {
            throw invalid();
        }
        if (!(cursor.get("o") instanceof JsonString signature) || !signature.getString().equals(order.signature())
                || !(cursor.get("k") instanceof JsonArray key) || key.size() != order.size()
                || key.stream().anyMatch(value -> value instanceof JsonObject || value instanceof JsonArray)) {
            throw invalid();
        }
        return List.copyOf(key);
    }

    private static OntapProblem invalid() {
        return OntapProblem.badField(PARAMETER, "Invalid value for field \"" + PARAMETER
                + "\": follow the \"_links.next.href\" of the previous page with the same query.");
    }
}

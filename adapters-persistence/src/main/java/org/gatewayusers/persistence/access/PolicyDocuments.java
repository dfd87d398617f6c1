package org.gatewayusers.persistence.access;

import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.DOCUMENT_MALFORMED;
import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.ELEMENT_UNSUPPORTED;
import static org.gatewayusers.domain.access.AccessPolicyRejection.Reason.VERSION_UNSUPPORTED;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gatewayusers.domain.access.AccessPolicy;
import org.gatewayusers.domain.access.AccessPolicyRejection;
import org.gatewayusers.domain.access.ActionPattern;
import org.gatewayusers.domain.access.Effect;
import org.gatewayusers.domain.access.PolicyStatement;
import org.gatewayusers.domain.access.ResourcePattern;

/**
 * Reads a policy document in the vendor's JSON form into the domain's {@link AccessPolicy}:
 * {@code {"Version": "1", "Statement": [{"Effect": "Allow"|"Deny", "Action": "..."|[...], "Resource": "..."|[...]}]}}.
 * Strict: any element the engine does not evaluate ({@code Condition}, {@code NotAction}, {@code Principal}, an
 * unknown name) refuses the whole document, so a policy is never read more loosely than it is written. Messages
 * name the element at fault, never a value.
 */
final class PolicyDocuments {

    private static final Set<String> DOCUMENT_ELEMENTS = Set.of("Version", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("Effect", "Action", "Resource");

    private PolicyDocuments() {
    }

    /** A document given as JSON text. */
    static AccessPolicy parse(String json) {
        if (json == null) {
            throw malformed("(document)", "no document");
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException notJson) {
            var at = notJson.getLocation();
            throw malformed("(document)", "not JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")");
        } catch (JsonException notJson) {
            throw malformed("(document)", "not JSON");
        }
        return parse(value);
    }

    /** A document given as a JSON value (inline in a keys file). */
    static AccessPolicy parse(JsonValue document) {
        if (!(document instanceof JsonObject object)) {
            throw malformed("(document)", "a JSON object is expected");
        }
        onlyKnown(object, DOCUMENT_ELEMENTS, "");
        JsonValue version = object.get("Version");
        if (!(version instanceof JsonString text)) {
            throw new AccessPolicyRejection(VERSION_UNSUPPORTED, "Version", "the string \"1\" is expected");
        }
        JsonValue statements = object.get("Statement");
        if (!(statements instanceof JsonArray array)) {
            throw malformed("Statement", "an array of statements is expected");
        }
        List<PolicyStatement> read = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            read.add(statement(array.get(i), "Statement[" + i + "]"));
        }
        try {
            return AccessPolicy.of(text.getString(), read);
        } catch (AccessPolicyRejection rejected) {
            throw rejected.at(element(rejected));
        }
    }

    private static PolicyStatement statement(JsonValue value, String at) {
        if (!(value instanceof JsonObject statement)) {
            throw malformed(at, "a statement is a JSON object");
        }
        onlyKnown(statement, STATEMENT_ELEMENTS, at + ".");
        try {
            JsonValue effect = statement.get("Effect");
            return new PolicyStatement(
                    Effect.of(effect instanceof JsonString text ? text.getString() : null),
                    strings(statement.get("Action"), at + ".Action", ActionPattern::of),
                    strings(statement.get("Resource"), at + ".Resource", ResourcePattern::of));
        } catch (AccessPolicyRejection rejected) {
            if (rejected.field().isPresent()) {
                throw rejected;
            }
            // say where: the domain names the element, the document the statement
            throw new AccessPolicyRejection(rejected.reason(), at + "." + element(rejected), null);
        }
    }

    /** The document's name of the element that the domain rejected. */
    private static String element(AccessPolicyRejection rejected) {
        return switch (rejected.subject().orElseThrow()) {
            case VERSION -> "Version";
            case EFFECT -> "Effect";
            case ACTION -> "Action";
            case RESOURCE -> "Resource";
        };
    }

    /** A string or an array of strings; absent or empty is an empty list (the domain says what that means). */
    private static <T> List<T> strings(JsonValue value, String at, Function<String, T> read) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString text) {
            return List.of(read.apply(text.getString()));
        }
        if (!(value instanceof JsonArray array)) {
            throw malformed(at, "a string or an array of strings is expected");
        }
        List<T> items = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw malformed(at, "a string or an array of strings is expected");
            }
            items.add(read.apply(text.getString()));
        }
        return items;
    }

    private static void onlyKnown(JsonObject object, Set<String> known, String prefix) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                throw new AccessPolicyRejection(ELEMENT_UNSUPPORTED, prefix + name, "not evaluated here");
            }
        }
    }

    private static AccessPolicyRejection malformed(String at, String why) {
        return new AccessPolicyRejection(DOCUMENT_MALFORMED, at, why);
    }
}

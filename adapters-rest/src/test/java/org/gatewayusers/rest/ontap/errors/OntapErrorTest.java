package org.gatewayusers.rest.ontap.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OntapErrorTest {

    private static final OntapError USER_EXISTS = new OntapError(409, "655736", "The specified user name already exists.");

    private static JsonObject body(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            return reader.readObject();
        }
    }

    @Test
    void answers_with_its_http_status_as_json() {
        Response response = USER_EXISTS.toResponse("name");

        assertEquals(409, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
    }

    @Test
    void writes_message_code_and_target_under_error() {
        JsonObject error = body(USER_EXISTS.toResponse("name")).getJsonObject("error");

        assertEquals("The specified user name already exists.", error.getString("message"));
        assertEquals("655736", error.getString("code"));
        assertEquals("name", error.getString("target"));
    }

    @Test
    void sends_the_code_as_a_json_string_not_a_number() {
        JsonObject error = body(USER_EXISTS.toResponse("name")).getJsonObject("error");

        assertEquals(JsonValue.ValueType.STRING, error.get("code").getValueType());
    }

    @Test
    void has_nothing_but_the_error_object_at_the_top() {
        assertEquals(java.util.Set.of("error"), body(USER_EXISTS.toResponse("name")).keySet());
    }

    @Test
    void leaves_the_target_out_when_there_is_none() {
        JsonObject error = body(OntapErrorCatalog.BAD_REQUEST.toResponse(null)).getJsonObject("error");

        assertFalse(error.containsKey("target"));
        assertEquals("2", error.getString("code"));
    }

    @Test
    void escapes_quotes_and_backslashes_in_the_message() {
        OntapError error = OntapErrorCatalog.BAD_REQUEST.withMessage("Unexpected argument \"SMB\\x\".");

        JsonObject written = body(error.toResponse("SMB\\x")).getJsonObject("error");

        assertEquals("Unexpected argument \"SMB\\x\".", written.getString("message"));
        assertEquals("SMB\\x", written.getString("target"));
    }

    @Test
    void keeps_status_and_code_when_the_message_changes() {
        OntapError changed = USER_EXISTS.withMessage("another message");

        assertEquals(409, changed.status());
        assertEquals("655736", changed.code());
        assertEquals("another message", changed.message());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "E1", "12a", " 2", "-1", "1.5", "\u0663"})
    void refuses_a_code_that_is_not_ascii_digits(String code) {
        assertThrows(IllegalArgumentException.class, () -> new OntapError(400, code, "message"));
    }
}

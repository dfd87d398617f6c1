package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP answer with its JSON body parsed, and the assertions every ONTAP test makes. */
record Reply(int status, String body, HttpResponse<String> raw) {

    static Reply of(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.body(), response);
    }

    JsonObject json() {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    /** Asserts an ONTAP error: the status, and the code as a JSON string. Returns the error object. */
    JsonObject assertOntapError(int expectedStatus, String expectedCode) {
        assertEquals(expectedStatus, status, () -> "status of " + body);
        JsonObject error = json().getJsonObject("error");
        assertEquals(expectedCode, error.getString("code"), () -> "code of " + body);
        assertTrue(!error.getString("message").isBlank(), "an error has a message");
        return error;
    }

    Reply assertStatus(int expected) {
        assertEquals(expected, status, () -> "status of " + body);
        return this;
    }
}

package org.gatewayusers.rest.ontap.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.gatewayusers.domain.access.AccessRejection;
import org.gatewayusers.domain.access.AccessRejection.Reason;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The access context's rejections about API accounts, answered as ONTAP answers them. */
class OntapAccessErrorsTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void maps_every_reason_to_a_client_error_with_a_code_of_digits(Reason reason) {
        OntapError error = OntapErrorCatalog.of(reason);

        assertTrue(error.status() >= 400 && error.status() < 500, reason + " -> " + error.status());
        assertTrue(error.code().matches("[0-9]+"), reason + " -> " + error.code());
        assertFalse(error.message().isBlank(), reason.name());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ACCOUNT_NAME_INVALID           | 400 | 2 | The account name is invalid: 1 to 64 letters, digits, '_', '.', '@' or '-'.
            ACCOUNT_PASSWORD_MISSING       | 400 | 262278 | Name and password are required fields.
            ACCOUNT_PASSWORD_TOO_SHORT     | 400 | 2 | The password must be at least 8 characters long.
            ACCOUNT_PASSWORD_TOO_LONG      | 400 | 2 | The password must be at most 128 characters long.
            ACCOUNT_PASSWORD_TOO_SIMPLE    | 400 | 2 | The password must contain at least one letter and one digit.
            ACCOUNT_PASSWORD_CONTAINS_NAME | 400 | 2 | The password must not contain the account name.
            ACCOUNT_EXISTS                 | 409 | 1 | An account with the specified name already exists.
            ACCOUNT_NOT_FOUND              | 404 | 4 | entry doesn't exist
            ACCOUNT_IS_CONFIGURED          | 409 | 6 | The account is defined by the service's configuration and cannot be changed or deleted here.
            """)
    void gives_each_reason_its_code_status_and_message(Reason reason, int status, String code, String message) {
        assertEquals(new OntapError(status, code, message), OntapErrorCatalog.of(reason));
    }

    @Test
    void names_the_roles_an_invalid_role_may_be() {
        assertEquals(new OntapError(400, "2", "The role is invalid: \"admin\" or \"readonly\" is expected."),
                OntapErrorCatalog.of(Reason.ACCOUNT_ROLE_INVALID));
    }

    @Test
    void a_missing_password_is_answered_as_for_a_local_user() {
        assertEquals(OntapErrorCatalog.of(OntapRejection.Reason.PASSWORD_MISSING),
                OntapErrorCatalog.of(Reason.ACCOUNT_PASSWORD_MISSING));
    }

    @Test
    void writes_a_rejection_with_the_catalog_code_and_the_offending_field() {
        Response response = new OntapExceptionMappers.AccessRejections()
                .toResponse(new AccessRejection(Reason.ACCOUNT_EXISTS, AccessRejection.Subject.NAME));

        assertEquals(409, response.getStatus());
        try (JsonReader reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            JsonObject error = reader.readObject().getJsonObject("error");
            assertEquals("1", error.getString("code"));
            assertEquals("name", error.getString("target"));
        }
    }
}

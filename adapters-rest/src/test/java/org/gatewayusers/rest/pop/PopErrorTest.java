package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PopErrorTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 200, 302, 399, 600})
    void an_error_status_is_4xx_or_5xx(int status) {
        assertThrows(IllegalArgumentException.class, () -> new PopError(status, "Code", "message"));
    }

    @Test
    void an_error_has_a_code_and_a_message() {
        assertThrows(NullPointerException.class, () -> new PopError(400, null, "message"));
        assertThrows(NullPointerException.class, () -> new PopError(400, "Code", null));
    }

    @Test
    void missing_parameter_is_a_400_naming_the_parameter() {
        PopError error = PopErrors.missingParameter("GatewayId");

        assertEquals(400, error.status());
        assertEquals("MissingParameter", error.code());
        assertTrue(error.message().contains("\"GatewayId\""), error.message());
    }

    @Test
    void invalid_parameter_is_a_400_naming_the_parameter_and_why() {
        PopError error = PopErrors.invalidParameter("PageSize", "too big.");

        assertEquals(400, error.status());
        assertEquals("InvalidParameter", error.code());
        assertTrue(error.message().contains("\"PageSize\"") && error.message().endsWith("too big."), error.message());
    }

    @Test
    void an_unknown_action_is_a_404_naming_it_when_known() {
        PopError error = PopErrors.actionNotFound("DescribeNothing");

        assertEquals(404, error.status());
        assertEquals("InvalidAction.NotFound", error.code());
        assertTrue(error.message().contains("DescribeNothing"), error.message());
        assertEquals("Specified api is not found, please check your url and method.", PopErrors.actionNotFound(null).message());
    }

    @Test
    void an_invalid_version_is_a_400_with_the_vendors_message() {
        assertEquals(new PopError(400, "InvalidVersion", "Specified parameter Version is not valid."),
                PopErrors.invalidVersion());
    }

    @Test
    void an_unsupported_method_is_a_405() {
        assertEquals(405, PopErrors.unsupportedHttpMethod().status());
        assertEquals("UnsupportedHTTPMethod", PopErrors.unsupportedHttpMethod().code());
    }

    @Test
    void an_internal_error_is_a_500() {
        assertEquals(500, PopErrors.internalError().status());
        assertEquals("InternalError", PopErrors.internalError().code());
    }

    @Test
    void a_pop_exception_carries_its_error_without_a_stack_trace() {
        PopException refused = new PopException(PopErrors.invalidVersion());

        assertEquals(PopErrors.invalidVersion(), refused.error());
        assertEquals("InvalidVersion: Specified parameter Version is not valid.", refused.getMessage());
        assertEquals(0, refused.getStackTrace().length);
    }
}

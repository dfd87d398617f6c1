package org.gatewayusers.rest.ontap.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.rest.ontap.json.LocalUserRequest;
import org.gatewayusers.rest.ontap.json.SvmReference;
import org.junit.jupiter.api.Test;

class OntapExceptionMappersTest {

    private static JsonObject error(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            return reader.readObject().getJsonObject("error");
        }
    }

    @Test
    void writes_a_domain_rejection_with_the_catalog_code_and_the_offending_field() {
        Response response = new OntapExceptionMappers.Rejections()
                .toResponse(new OntapRejection(OntapRejection.Reason.USER_EXISTS, Subject.NAME));

        assertEquals(409, response.getStatus());
        assertEquals("655736", error(response).getString("code"));
        assertEquals("name", error(response).getString("target"));
    }

    @Test
    void writes_an_unknown_svm_as_not_found() {
        Response response = new OntapExceptionMappers.Rejections()
                .toResponse(new OntapRejection(OntapRejection.Reason.SVM_NOT_FOUND, Subject.SVM_BY_UUID));

        assertEquals(404, response.getStatus());
        assertEquals("svm.uuid", error(response).getString("target"));
    }

    @Test
    void writes_an_edge_problem_as_it_was_raised() {
        Response response = new OntapExceptionMappers.Problems()
                .toResponse(OntapProblem.badField("nmae", "Unexpected argument \"nmae\"."));

        assertEquals(400, response.getStatus());
        assertEquals("2", error(response).getString("code"));
        assertEquals("nmae", error(response).getString("target"));
        assertEquals("Unexpected argument \"nmae\".", error(response).getString("message"));
    }

    @Test
    void writes_a_problem_about_the_whole_body_without_a_target() {
        Response response = new OntapExceptionMappers.Problems()
                .toResponse(OntapProblem.badField(null, "The request body must be a JSON object."));

        assertFalse(error(response).containsKey("target"));
    }

    @Test
    void writes_an_oversized_name_as_the_spec_code_for_a_name_too_long() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new LocalUserRequest(
                    new SvmReference(Optional.empty(), Optional.of("svm1")), "a".repeat(5000), "Zebra-42!", null, null,
                    null, List.of(), Set.of()));

            Response response = new OntapExceptionMappers.Violations().toResponse(new ConstraintViolationException(violations));

            assertEquals(400, response.getStatus());
            assertEquals("655661", error(response).getString("code"));
            assertEquals("name", error(response).getString("target"));
        }
    }

    @Test
    void writes_a_violation_set_that_is_empty_as_a_plain_bad_request() {
        Response response = new OntapExceptionMappers.Violations().toResponse(new ConstraintViolationException(Set.of()));

        assertEquals(400, response.getStatus());
        assertEquals("2", error(response).getString("code"));
    }
}

package org.gatewayusers.rest.ontap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatewayusers.rest.ontap.errors.OntapError;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape checks Bean Validation makes on the request, with the same validator Liberty uses. */
class LocalUserRequestValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static final SvmReference SVM = new SvmReference(Optional.empty(), Optional.of("svm1"));

    private static LocalUserRequest request(String name, String password, String fullName, String description,
            List<String> membership) {
        return new LocalUserRequest(SVM, name, password, fullName, description, false, membership);
    }

    private static Set<String> messages(LocalUserRequest request) {
        return validator.validate(request).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void accepts_a_request_of_ordinary_values() {
        assertEquals(Set.of(), messages(request("alex", "Zebra-42!", "Alex Smith", "This is local user.", List.of("admins"))));
    }

    @Test
    void accepts_a_request_with_every_optional_field_absent() {
        assertEquals(Set.of(), messages(new LocalUserRequest(SVM, null, null, null, null, null, null)));
    }

    @Test
    void flags_a_5000_character_name_with_the_message_name() {
        assertEquals(Set.of("name"), messages(request("a".repeat(5000), "Zebra-42!", null, null, List.of())));
    }

    @Test
    void accepts_every_value_up_to_the_cap() {
        String atCap = "a".repeat(LocalUserRequest.FIELD_CAP);

        assertEquals(Set.of(), messages(request(atCap, atCap, atCap, atCap, List.of(atCap))));
    }

    @Test
    void flags_a_value_one_past_the_cap() {
        String pastCap = "a".repeat(LocalUserRequest.FIELD_CAP + 1);

        assertEquals(Set.of("name"), messages(request(pastCap, "Zebra-42!", null, null, List.of())));
    }

    @Test
    void leaves_the_vendor_limits_to_the_domain() {
        // 21 characters is too long for ONTAP, but that is the domain's rule (655661), not a shape check
        assertEquals(Set.of(), messages(request("a".repeat(21), "Zebra-42!", "f".repeat(257), "d".repeat(257), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password", "full_name", "description", "membership"})
    void flags_each_oversized_field_by_its_json_name(String field) {
        String huge = "x".repeat(5000);
        LocalUserRequest request = request("alex",
                field.equals("password") ? huge : "Zebra-42!",
                field.equals("full_name") ? huge : null,
                field.equals("description") ? huge : null,
                field.equals("membership") ? List.of("admins", huge) : List.of());

        assertEquals(Set.of(field), messages(request));
    }

    @Test
    void flags_every_oversized_field_at_once() {
        String huge = "x".repeat(5000);

        assertEquals(Set.of("name", "password", "full_name", "description", "membership"),
                messages(request(huge, huge, huge, huge, List.of(huge))));
    }

    @Test
    void turns_an_oversized_name_into_the_spec_code_for_a_name_too_long() {
        String message = validator.validate(request("a".repeat(5000), "Zebra-42!", null, null, List.of()))
                .iterator().next().getMessage();

        OntapError error = OntapErrorCatalog.oversized(message);
        assertEquals("655661", error.code());
        assertEquals(400, error.status());
    }
}

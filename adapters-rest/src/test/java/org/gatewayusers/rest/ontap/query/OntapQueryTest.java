package org.gatewayusers.rest.ontap.query;

import static org.gatewayusers.rest.ontap.errors.BadFields.assertBadField;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OntapQueryTest {

    @Test
    void takes_the_default_when_return_records_is_not_given() {
        assertFalse(OntapQuery.returnRecords(null, false));
        assertTrue(OntapQuery.returnRecords(null, true));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"true", "TRUE", "True", " true "})
    void returns_records_when_asked_with_true(String raw) {
        assertTrue(OntapQuery.returnRecords(raw, false));
    }

    @Test
    void returns_records_when_return_records_is_given_without_a_value() {
        assertTrue(OntapQuery.returnRecords("", false));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"false", "FALSE", "False", " false "})
    void returns_no_records_when_asked_with_false(String raw) {
        assertFalse(OntapQuery.returnRecords(raw, true));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yes", "no", "1", "0", "maybe", "truee", "t"})
    void rejects_a_return_records_that_is_not_a_boolean(String raw) {
        OntapProblem problem = assertBadField("return_records", () -> OntapQuery.returnRecords(raw, false));

        assertTrue(problem.error().message().contains(raw), problem.error().message());
    }

    @Test
    void accepts_no_return_timeout() {
        assertDoesNotThrow(() -> OntapQuery.returnTimeout(null));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "1", "15", "30", "119", "120", " 30 "})
    void accepts_a_return_timeout_from_0_to_120_seconds(String raw) {
        assertDoesNotThrow(() -> OntapQuery.returnTimeout(raw));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"121", "-1", "abc", "", "1.5", "30s", "99999999999", "0x10"})
    void rejects_any_other_return_timeout(String raw) {
        OntapProblem problem = assertBadField("return_timeout", () -> OntapQuery.returnTimeout(raw));

        assertTrue(problem.error().message().contains("0 to 120"), problem.error().message());
    }

    @Test
    void caps_the_return_timeout_at_120_seconds() {
        assertEquals(120, OntapQuery.MAX_RETURN_TIMEOUT);
    }
}

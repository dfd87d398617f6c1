package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SmartAGId: {@code sag-} and lower-case letters and digits; SAG.InstanceIdEmpty and SAG.InstanceNoFound. */
class SagInstanceIdTest {

    @Test
    void draws_sag_and_twenty_lower_case_letters_and_digits() {
        SagInstanceId id = SagInstanceId.random(new SplittableRandom(7));

        assertTrue(id.value().matches("sag-[0-9a-z]{20}"), id.value());
        assertNotEquals(id, SagInstanceId.random(new SplittableRandom(8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sag-gnhe6sywtare5abcd", "sag-0ovhf732a9j0xxxxxx", "sag-1"})
    void accepts_the_vendors_own_ids(String id) {
        assertEquals(id, SagInstanceId.parse(id).value());
    }

    @Test
    void reads_an_id_in_any_case_and_trimmed() {
        assertEquals(new SagInstanceId("sag-abc123"), SagInstanceId.parse("  SAG-ABC123 "));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void rejects_a_missing_or_empty_id_as_empty(String raw) {
        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE, () -> SagInstanceId.parse(raw));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"sag-", "sag_abc", "gw-abc", "sag-ab c", "sag-ab*c", "sag-\u00e9t\u00e9"})
    void rejects_an_id_of_the_wrong_form_as_an_instance_that_does_not_exist(String raw) {
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> SagInstanceId.parse(raw));
        assertEquals(Optional.empty(), SagInstanceId.read(raw));
    }

    @Test
    void rejects_an_id_of_more_than_64_characters() {
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> SagInstanceId.parse("sag-" + "a".repeat(61)));
        assertEquals(64, SagInstanceId.parse("sag-" + "a".repeat(60)).value().length());
    }

    @Test
    void a_stored_id_must_have_its_form() {
        assertThrows(IllegalArgumentException.class, () -> new SagInstanceId("SAG-ABC"));
    }
}

package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_GIVEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Required properties: svm.uuid or svm.name. */
class SvmSelectorTest {

    private static final String UUID = "02c9e252-41be-11e9-81d5-00a0986138f7";

    @Test
    void names_an_svm_by_uuid_and_blames_the_uuid() {
        SvmSelector selector = SvmSelector.byUuid(UUID);

        assertEquals(Optional.of(UUID), selector.uuid());
        assertEquals(Optional.empty(), selector.name());
        assertEquals(Subject.SVM_BY_UUID, selector.subject());
    }

    @Test
    void names_an_svm_by_name_and_blames_the_name() {
        SvmSelector selector = SvmSelector.byName("svm1");

        assertEquals(Optional.empty(), selector.uuid());
        assertEquals(Optional.of("svm1"), selector.name());
        assertEquals(Subject.SVM_BY_NAME, selector.subject());
    }

    @Test
    void names_an_svm_by_both_and_blames_the_uuid() {
        SvmSelector selector = SvmSelector.of(UUID, "svm1");

        assertEquals(Optional.of(UUID), selector.uuid());
        assertEquals(Optional.of("svm1"), selector.name());
        assertEquals(Subject.SVM_BY_UUID, selector.subject());
    }

    @Test
    void treats_a_blank_uuid_as_absent() {
        SvmSelector selector = SvmSelector.of("  ", "svm1");

        assertEquals(Optional.empty(), selector.uuid());
        assertEquals(Subject.SVM_BY_NAME, selector.subject());
    }

    @Test
    void treats_a_blank_name_as_absent() {
        assertEquals(Optional.empty(), SvmSelector.of(UUID, "").name());
    }

    @ParameterizedTest(name = "[{index}] uuid={0} name={1}")
    @CsvSource(value = {"NULL, NULL", "'', ''", "' ', NULL", "NULL, '  '"}, nullValues = "NULL")
    void rejects_a_request_that_names_no_svm(String uuid, String name) {
        assertRejected(SVM_NOT_GIVEN, Subject.SVM_BY_UUID, () -> SvmSelector.of(uuid, name));
    }
}

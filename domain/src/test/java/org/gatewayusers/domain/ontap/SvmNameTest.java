package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NAME_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvmNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"svm1", "vs0", "_svm", "SVM_1", "svm.example-1", "s"})
    void accepts_a_valid_svm_name_as_written(String name) {
        assertEquals(name, SvmName.parse(name).value());
        assertEquals(name, new SvmName(name).toString());
    }

    @Test
    void accepts_forty_seven_characters() {
        String name = "s".repeat(47);
        assertEquals(name, SvmName.parse(name).value());
    }

    @Test
    void rejects_forty_eight_characters() {
        assertRejected(SVM_NAME_INVALID, Subject.NAME, () -> SvmName.parse("s".repeat(48)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", " ", "1svm", "-svm", ".svm", "svm 1", "svm/1", "svm\\1", "svm@1", "sv:m"})
    void rejects_an_invalid_svm_name(String name) {
        assertRejected(SVM_NAME_INVALID, Subject.NAME, () -> SvmName.parse(name));
    }

    @Test
    void rejects_a_missing_name() {
        assertRejected(SVM_NAME_INVALID, Subject.NAME, () -> SvmName.parse(null));
    }
}

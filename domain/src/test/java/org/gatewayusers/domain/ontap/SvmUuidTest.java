package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SvmUuidTest {

    private static final String UUID = "02c9e252-41be-11e9-81d5-00a0986138f7";

    @Test
    void accepts_a_canonical_lower_case_uuid() {
        assertEquals(UUID, new SvmUuid(UUID).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"02C9E252-41BE-11E9-81D5-00A0986138F7", "2c9e252-41be-11e9-81d5-a0986138f7", "1-2-3-4-5"})
    void rejects_a_uuid_not_in_canonical_form(String value) {
        assertThrows(IllegalArgumentException.class, () -> new SvmUuid(value));
    }

    @Test
    void reads_a_uuid_a_client_wrote_in_upper_case_or_with_spaces() {
        assertEquals(Optional.of(new SvmUuid(UUID)), SvmUuid.parse(" 02C9E252-41BE-11E9-81D5-00A0986138F7 "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "02c9e252-41be-11e9-81d5", "02c9e252-41be-11e9-81d5-00a0986138f7-1",
            "1-2-3-4-5", "2c9e252-41be-11e9-81d5-a0986138f7", "02c9e252041be011e9081d500a0986138f7",
            "+2c9e252-41be-11e9-81d5-00a0986138f7", "02c9e252-41be-11e9-81d5-00a0986138fg"})
    void reads_no_svm_from_what_is_not_a_uuid(String raw) {
        assertEquals(Optional.empty(), SvmUuid.parse(raw));
    }

    @Test
    void draws_a_new_uuid_each_time() {
        assertNotEquals(SvmUuid.random(), SvmUuid.random());
    }
}

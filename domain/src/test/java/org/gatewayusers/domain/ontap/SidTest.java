package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SidTest {

    @ParameterizedTest
    @ValueSource(strings = {"S-1-5-21-256008430-3394229847-3930036330-1001", "S-1-5-32-544", "S-1-1-0"})
    void accepts_a_sid_in_string_form(String value) {
        assertEquals(value, new Sid(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S-1", "S-1-5-", "s-1-5-21-1-2-3-1000", "S-2-5-21", "X-1-5-21", "S-1-5-21-a", "S-1-5--21"})
    void rejects_what_is_not_a_sid(String value) {
        assertThrows(IllegalArgumentException.class, () -> new Sid(value));
    }

    @Test
    void reads_a_sid_a_client_wrote_in_any_case_and_with_spaces() {
        assertEquals(Optional.of(new Sid("S-1-5-21-1-2-3-1000")), Sid.parse(" s-1-5-21-1-2-3-1000 "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1000", "S-1-5-21-1-2-3-x", "not a sid"})
    void reads_nothing_from_what_cannot_be_a_sid(String raw) {
        assertEquals(Optional.empty(), Sid.parse(raw));
    }

    @Test
    void has_its_last_sub_authority_as_rid() {
        assertEquals(new Rid(1001), new Sid("S-1-5-21-256008430-3394229847-3930036330-1001").rid());
    }
}

package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The machine SID of an SVM: {@code S-1-5-21-a-b-c} with three unsigned 32-bit sub-authorities. */
class DomainSidTest {

    private static final Pattern FORM = Pattern.compile("S-1-5-21-([0-9]+)-([0-9]+)-([0-9]+)");

    @Test
    void draws_three_sub_authorities_in_turn() {
        assertEquals("S-1-5-21-1-2-3", DomainSid.random(FixedRandom.drawing(1, 2, 3)).value());
    }

    @Test
    void reads_each_draw_as_an_unsigned_32_bit_number() {
        DomainSid sid = DomainSid.random(FixedRandom.drawing(-1, Integer.MIN_VALUE, 0));

        assertEquals("S-1-5-21-4294967295-2147483648-0", sid.value());
    }

    @Test
    void always_draws_the_form_s_1_5_21_a_b_c_with_unsigned_32_bit_values() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 2_000; i++) {
            String value = DomainSid.random(random).value();
            Matcher matcher = FORM.matcher(value);
            assertTrue(matcher.matches(), value);
            for (int group = 1; group <= 3; group++) {
                long subAuthority = Long.parseLong(matcher.group(group));
                assertTrue(subAuthority >= 0 && subAuthority <= 0xFFFF_FFFFL, value);
            }
        }
    }

    @Test
    void draws_a_different_sid_each_time() {
        SplittableRandom random = new SplittableRandom(2024);
        assertNotEquals(DomainSid.random(random), DomainSid.random(random));
    }

    @Test
    void appends_a_rid_to_make_an_account_sid() {
        DomainSid domain = new DomainSid("S-1-5-21-256008430-3394229847-3930036330");

        assertEquals(new Sid("S-1-5-21-256008430-3394229847-3930036330-1000"), domain.withRid(Rid.FIRST_LOCAL_ACCOUNT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S-1-5-21-1-2", "S-1-5-21-1-2-3-4", "S-1-5-32-1-2-3", "S-1-5-21-1-2-x", "S-1-5-21-12345678901-2-3"})
    void rejects_what_is_not_a_domain_sid(String value) {
        assertThrows(IllegalArgumentException.class, () -> new DomainSid(value));
    }
}

package org.gatewayusers.domain.ontap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RidTest {

    @Test
    void numbers_local_accounts_from_1000() {
        assertEquals(1000, Rid.FIRST_LOCAL_ACCOUNT.value());
        assertEquals(500, Rid.ADMINISTRATOR.value());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1000, 0xFFFF_FFFFL})
    void accepts_an_unsigned_32_bit_number(long value) {
        assertEquals(value, new Rid(value).value());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0x1_0000_0000L})
    void rejects_what_is_not_an_unsigned_32_bit_number(long value) {
        assertThrows(IllegalArgumentException.class, () -> new Rid(value));
    }
}

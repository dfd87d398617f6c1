package org.gatewayusers.rest.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The escapes of a query or form body: well-formed percent-encoded UTF-8 only. */
class RequestLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a+b", "SMB_SERVER01%5Calex", "bj%C3%B8rn", "%E5%AF%86%E7%A0%81", "%F0%9F%98%80",
            "a*|b*", "ø-raw"})
    void accepts_well_formed_escapes(String encoded) {
        assertTrue(RequestLimits.wellFormedEscapes(encoded), encoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%4", "abc%", "%zz", "%G1", "%FF", "%C3", "%C3%28", "%ED%A0%80", "%C0%AF", "%F8%88%80%80%80"})
    void refuses_broken_escapes_and_bytes_that_are_not_utf8(String encoded) {
        // a lone or short %, non-hex, a byte UTF-8 never uses, a truncated sequence, a surrogate, an overlong '/'
        assertFalse(RequestLimits.wellFormedEscapes(encoded), encoded);
    }
}

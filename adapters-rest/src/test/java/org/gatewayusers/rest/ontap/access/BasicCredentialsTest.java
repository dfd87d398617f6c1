package org.gatewayusers.rest.ontap.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Authorization: Basic} header, read as UTF-8 and strictly. */
class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_a_utf8_name_and_password_split_at_the_first_colon() {
        BasicCredentials credentials = BasicCredentials.parse(basic("bjørn:Pässwörd:密码")).orElseThrow();
        assertEquals("bjørn", credentials.name());
        assertArrayEquals("Pässwörd:密码".toCharArray(), credentials.password());
    }

    @Test
    void takes_the_scheme_in_any_case_and_an_empty_password() {
        assertTrue(BasicCredentials.parse(basic("admin:x").replace("Basic", "BASIC")).isPresent());
        assertEquals(0, BasicCredentials.parse(basic("admin:")).orElseThrow().password().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic", "Basic ", "Basic !!!", "Bearer abc", "Basic YWRtaW4=", "Basic OnBhc3M=",
            "Basic  YWRtaW46eA==", "Basic YWRtaW46eA== ", " Basic YWRtaW46eA==", "Basic YWRta W46eA==", "Basic //79/Q=="})
    void anything_malformed_is_no_credentials(String header) {
        // no colon (YWRtaW4= is "admin"), an empty name (":pass"), stray spaces, invalid UTF-8 (FF FE FD FD)
        assertTrue(BasicCredentials.parse(header).isEmpty(), header);
    }

    @Test
    void bytes_that_are_latin1_but_not_utf8_are_no_credentials() {
        String latin1 = "Basic " + Base64.getEncoder().encodeToString("bjørn:pässword".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(BasicCredentials.parse(latin1).isEmpty());
    }

    @Test
    void a_header_too_long_for_any_account_is_no_credentials() {
        assertTrue(BasicCredentials.parse(basic("a:" + "x".repeat(3000))).isEmpty());
    }

    @Test
    void never_prints_the_password_and_challenges_in_utf8() {
        assertFalse(BasicCredentials.parse(basic("admin:netapp1!")).orElseThrow().toString().contains("netapp1!"));
        assertEquals("Basic realm=\"ONTAP\", charset=\"UTF-8\"", BasicCredentials.CHALLENGE);
    }
}

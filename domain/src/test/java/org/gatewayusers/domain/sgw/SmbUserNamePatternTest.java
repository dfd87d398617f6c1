package org.gatewayusers.domain.sgw;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmbUserNamePatternTest {

    @Test
    void matches_names_containing_its_text_without_regard_to_case() {
        SmbUserNamePattern pattern = new SmbUserNamePattern("Ale");

        assertTrue(pattern.matches(SmbUserName.parse("alex")));
        assertTrue(pattern.matches(SmbUserName.parse("MALEK")));
        assertFalse(pattern.matches(SmbUserName.parse("bob")));
    }

    @Test
    void an_empty_pattern_matches_every_name() {
        assertTrue(SmbUserNamePattern.any().matches(SmbUserName.parse("bob")));
    }

    @Test
    void wildcards_of_other_languages_are_plain_text() {
        assertFalse(new SmbUserNamePattern("a%").matches(SmbUserName.parse("alex")));
        assertFalse(new SmbUserNamePattern("a_e").matches(SmbUserName.parse("axe")));
    }
}

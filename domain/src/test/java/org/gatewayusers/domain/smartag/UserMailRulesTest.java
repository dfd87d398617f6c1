package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_INVALID;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code UserMail}: required (ClientUser.EmailEmpty) and a mail address (ClientUser.EmailInvalid). */
class UserMailRulesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void rejects_a_missing_or_empty_address_as_empty(String mail) {
        assertRejected(EMAIL_EMPTY, Subject.USER_MAIL, () -> UserMailRules.check(mail));
        assertRejected(EMAIL_EMPTY, Subject.USER_MAIL, () -> EmailAddress.parse(mail));
    }

    @ParameterizedTest
    @ValueSource(strings = {"username@example.com", "alex.smith@corp.example.cn", "a+b@example.io",
            "first_last-1%x@sub-domain.example.org", "A@EXAMPLE.COM", "x@a.bc"})
    void accepts_a_mail_address(String mail) {
        assertDoesNotThrow(() -> UserMailRules.check(mail));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"username", "username@", "@example.com", "user@example", "user@@example.com",
            "user name@example.com", ".user@example.com", "user.@example.com", "us..er@example.com",
            "user@-example.com", "user@example-.com", "user@example..com", "user@example.c", "user@example.123",
            "user@exa_mple.com", "user(at)example.com", "\u7528\u6237@example.com", "user@example.com.",
            "<user@example.com>"})
    void rejects_what_is_not_a_mail_address(String mail) {
        assertRejected(EMAIL_INVALID, Subject.USER_MAIL, () -> UserMailRules.check(mail));
    }

    @Test
    void rejects_more_than_254_characters_or_a_local_part_of_more_than_64() {
        String domain = "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".com";
        assertRejected(EMAIL_INVALID, Subject.USER_MAIL, () -> UserMailRules.check("u".repeat(60) + domain));
        assertRejected(EMAIL_INVALID, Subject.USER_MAIL, () -> UserMailRules.check("u".repeat(65) + "@example.com"));
        assertDoesNotThrow(() -> UserMailRules.check("u".repeat(64) + "@example.com"));
    }

    @Test
    void trims_the_address_and_compares_it_in_any_case() {
        EmailAddress mail = EmailAddress.parse(" Alex@Example.COM ");

        assertEquals("Alex@Example.COM", mail.value());
        assertEquals("alex@example.com", mail.key());
    }
}

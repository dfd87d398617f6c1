package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

class SagUserNameTest {

    @Test
    void keeps_the_name_as_written() {
        assertEquals("Alex.Smith", SagUserName.parse("Alex.Smith").value());
        assertEquals("Alex.Smith", SagUserName.parse("Alex.Smith").toString());
    }

    @Test
    void is_unique_without_regard_to_case() {
        assertEquals(SagUserName.parse("alex.smith").key(), SagUserName.parse("ALEX.Smith").key());
    }

    @Test
    void cannot_exist_invalid() {
        assertRejected(NAME_EMPTY, Subject.USER_NAME, () -> new SagUserName(null));
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> new SagUserName("alex"));
    }

    @Test
    void takes_a_mail_address_that_obeys_the_name_rules() {
        assertEquals("alex@example.com", SagUserName.of(EmailAddress.parse("alex@example.com")).value());
    }

    @Test
    void refuses_a_mail_address_that_breaks_the_name_rules_blaming_the_mail_address() {
        assertRejected(NAME_INVALID, Subject.USER_MAIL, () -> SagUserName.of(EmailAddress.parse("alex+vpn@example.com")));
        assertRejected(NAME_INVALID, Subject.USER_MAIL, () -> SagUserName.of(EmailAddress.parse("a@b.cn")));
        assertRejected(NAME_INVALID, Subject.USER_MAIL,
                () -> SagUserName.of(EmailAddress.parse("a.very.long.local.part@example.com")));
    }
}

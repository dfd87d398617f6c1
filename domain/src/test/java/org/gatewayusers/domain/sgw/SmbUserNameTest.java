package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.EMPTY_USERNAME;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.INVALID_USERNAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;

class SmbUserNameTest {

    @Test
    void keeps_the_name_as_written() {
        assertEquals("Alex_Smith", SmbUserName.parse("Alex_Smith").value());
        assertEquals("Alex_Smith", new SmbUserName("Alex_Smith").toString());
    }

    @Test
    void is_the_same_user_in_any_case() {
        assertTrue(new SmbUserName("alex").sameUserAs(new SmbUserName("ALEX")));
        assertEquals(new SmbUserName("alex").key(), new SmbUserName("Alex").key());
        assertFalse(new SmbUserName("alex").sameUserAs(new SmbUserName("alex2")));
    }

    @Test
    void compares_as_written_as_a_value() {
        assertNotEquals(new SmbUserName("alex"), new SmbUserName("ALEX"));
    }

    @Test
    void cannot_exist_empty_or_invalid() {
        assertRejected(EMPTY_USERNAME, Subject.SMB_USER_NAME, () -> SmbUserName.parse(null));
        assertRejected(EMPTY_USERNAME, Subject.SMB_USER_NAME, () -> new SmbUserName(""));
        assertRejected(INVALID_USERNAME, Subject.SMB_USER_NAME, () -> new SmbUserName("alex smith"));
    }
}

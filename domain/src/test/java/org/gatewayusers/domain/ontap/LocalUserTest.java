package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.LocalUserDraftBuilder.aDraft;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatewayusers.domain.shared.CredentialHash;
import org.junit.jupiter.api.Test;

class LocalUserTest {

    private final Svm svm = aCifsSvm().build();

    @Test
    void registers_a_drafted_user_with_its_sid_and_credential() {
        LocalUserDraft draft = aDraft().named("alex").withFullName("Alex Brown").withDescription("local").disabled().on(svm);
        Sid sid = svm.sidFor(Rid.FIRST_LOCAL_ACCOUNT);
        CredentialHash credential = new CredentialHash("NT", "0CB6948805F797BF2A82807973B89537");

        LocalUser user = LocalUser.register(draft, sid, credential);

        assertEquals(svm.uuid(), user.svm());
        assertEquals("SMB_SERVER01\\alex", user.name().qualified());
        assertEquals("Alex Brown", user.fullName());
        assertEquals("local", user.description());
        assertTrue(user.accountDisabled());
        assertEquals(sid, user.sid());
        assertEquals(credential, user.credential());
        assertEquals(List.of(), user.membership());
    }

    @Test
    void reconstitutes_a_stored_user_with_its_groups() {
        LocalUser user = aLocalUser().on(svm).named("alex").withRid(1001).memberOf("SMB_SERVER01\\group", 1002).build();

        assertEquals(svm.domainSid().withRid(new Rid(1001)), user.sid());
        assertFalse(user.accountDisabled());
        assertEquals(List.of(new GroupMembership("SMB_SERVER01\\group", svm.domainSid().withRid(new Rid(1002)))),
                user.membership());
    }

    @Test
    void does_not_let_its_groups_be_changed_from_outside() {
        LocalUser user = aLocalUser().on(svm).memberOf("SMB_SERVER01\\group", 1002).build();

        assertThrows(UnsupportedOperationException.class, () -> user.membership().clear());
    }
}

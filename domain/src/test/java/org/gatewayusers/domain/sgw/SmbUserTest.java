package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LINKED_TO_DIRECTORY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_HOLDS_NO_SMB_USERS;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.junit.jupiter.api.Test;

class SmbUserTest {

    private static final SmbUserName ALEX = new SmbUserName("alex");

    @Test
    void a_new_user_belongs_to_its_gateway_and_keeps_only_the_hash() {
        Gateway gateway = aFileGateway().build();

        SmbUser user = SmbUser.create(gateway, ALEX, NT_HASH);

        assertEquals(gateway.id(), user.gateway());
        assertEquals(ALEX, user.name());
        assertEquals(NT_HASH, user.credential());
        assertFalse(user.credential().toString().contains(NT_HASH.value()));
    }

    @Test
    void no_user_is_created_on_an_iscsi_gateway() {
        assertRejected(GATEWAY_TYPE_HOLDS_NO_SMB_USERS, Subject.GATEWAY,
                () -> SmbUser.create(anIscsiGateway().build(), ALEX, NT_HASH));
    }

    @Test
    void no_user_is_created_on_a_gateway_joined_to_a_directory() {
        assertRejected(GATEWAY_LINKED_TO_DIRECTORY, Subject.GATEWAY,
                () -> SmbUser.create(aFileGateway().linkedToActiveDirectory().build(), ALEX, NT_HASH));
    }

    @Test
    void reconstitutes_what_was_stored() {
        GatewayId gateway = new GatewayId("gw-000eg44nmxbsfwbvq2ab");

        SmbUser user = SmbUser.reconstitute(gateway, ALEX, NT_HASH);

        assertEquals(gateway, user.gateway());
    }
}

package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.AN_ARGON2_HASH;
import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CIDR_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.CLIENT_IP_OUTSIDE_BLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

class ClientUserTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.500Z");
    private final SagInstance instance = anInstance().build();

    private ClientUser register(String ip, boolean staticIp) {
        return ClientUser.register(instance, new SagUserName("doctest"), new EmailAddress("username@example.com"),
                new Bandwidth(20), ClientIp.parse(ip), staticIp, AN_ARGON2_HASH, NOW);
    }

    @Test
    void a_new_user_is_enabled_on_its_instance_with_what_it_was_given() {
        ClientUser user = register("10.0.0.7", true);

        assertEquals(instance.id(), user.instance());
        assertEquals("doctest", user.name().value());
        assertEquals("username@example.com", user.mail().value());
        assertEquals(new Bandwidth(20), user.bandwidth());
        assertEquals("10.0.0.7", user.clientIp().toString());
        assertTrue(user.staticIp());
        assertEquals(ClientUserState.ENABLED, user.state());
        assertEquals(AN_ARGON2_HASH, user.credential());
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), user.createdAt());
    }

    @Test
    void a_user_gets_a_client_address_of_its_instance_only() {
        assertRejected(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP, () -> register("10.0.0.1", false));
        assertRejected(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP, () -> register("10.0.0.255", false));
        assertRejected(CLIENT_IP_OUTSIDE_BLOCK, Subject.CLIENT_IP, () -> register("10.0.3.4", false));
    }

    @Test
    void an_instance_without_a_block_gets_no_user() {
        SagInstance withoutBlock = anInstance().withoutBlock().build();

        assertRejected(CIDR_EMPTY, Subject.INSTANCE, () -> ClientUser.register(withoutBlock, new SagUserName("doctest"),
                new EmailAddress("username@example.com"), new Bandwidth(20), ClientIp.parse("10.0.0.7"), false,
                AN_ARGON2_HASH, NOW));
    }

    @Test
    void is_disabled_and_enabled_again_keeping_all_else() {
        ClientUser user = aClientUser().of(instance).build();

        ClientUser disabled = user.disabled();
        ClientUser enabled = disabled.enabled();

        assertEquals(ClientUserState.DISABLED, disabled.state());
        assertEquals(1, disabled.state().code());
        assertEquals(ClientUserState.ENABLED, enabled.state());
        assertEquals(0, enabled.state().code());
        assertEquals(user.clientIp(), disabled.clientIp());
        assertEquals(user.name(), enabled.name());
    }

    @Test
    void changes_its_bandwidth_mail_address_and_credential_only() {
        CredentialHash other = new CredentialHash("ARGON2ID", "$argon2id$v=19$m=8,t=1,p=1$AAAA$BBBB");
        ClientUser user = aClientUser().of(instance).atStatic("10.0.0.9").build();

        ClientUser changed = user.withBandwidth(new Bandwidth(500)).withMail(new EmailAddress("new@example.com"))
                .withCredential(other);

        assertEquals(new Bandwidth(500), changed.bandwidth());
        assertEquals("new@example.com", changed.mail().value());
        assertEquals(other, changed.credential());
        assertEquals(user.name(), changed.name());
        assertEquals(user.clientIp(), changed.clientIp());
        assertTrue(changed.staticIp());
        assertEquals(user.createdAt(), changed.createdAt());
    }

    @Test
    void the_builder_tells_allocated_from_static_addresses() {
        assertFalse(aClientUser().at("10.0.0.3").build().staticIp());
        assertTrue(aClientUser().atStatic("10.0.0.3").build().staticIp());
    }
}

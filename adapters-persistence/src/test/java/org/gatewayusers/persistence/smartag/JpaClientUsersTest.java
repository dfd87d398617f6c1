package org.gatewayusers.persistence.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.AN_ARGON2_HASH;
import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.persistence.smartag.SmartagStore.instances;
import static org.gatewayusers.persistence.smartag.SmartagStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatewayusers.application.smartag.ClientUserFilter;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.smartag.Bandwidth;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.ClientUserState;
import org.gatewayusers.domain.smartag.EmailAddress;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserName;
import org.gatewayusers.domain.smartag.SmartagRejection;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client users repository on EclipseLink and the migrated schema, in H2. */
class JpaClientUsersTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final SagInstance instance = anInstance().build();
    private final SagInstance other = anInstance().build();

    JpaClientUsersTest() {
        db.inTransaction(em -> {
            instances(em).add(instance);
            instances(em).add(other);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void add(ClientUser user) {
        db.inTransaction(em -> users(em).add(user));
    }

    private ClientUser reload(SagInstance on, String name) {
        return db.fromTransaction(em -> users(em).named(on.id(), new SagUserName(name))).orElseThrow();
    }

    private List<String> names(SagInstance on, ClientUserFilter filter, int offset, int limit) {
        return db.fromTransaction(em -> users(em).ofInstance(on.id(), filter, offset, limit)).stream()
                .map(user -> user.name().value()).toList();
    }

    @Test
    void adds_a_user_and_finds_it_in_any_case_as_it_was() {
        ClientUser user = aClientUser().of(instance).named("Alex.Smith").withBandwidth(64).atStatic("10.0.0.9").build();
        add(user);

        ClientUser found = reload(instance, "ALEX.SMITH");

        assertEquals("Alex.Smith", found.name().value());
        assertEquals(user.mail(), found.mail());
        assertEquals(user.bandwidth(), found.bandwidth());
        assertEquals(user.clientIp(), found.clientIp());
        assertTrue(found.staticIp());
        assertEquals(ClientUserState.ENABLED, found.state());
        assertEquals(AN_ARGON2_HASH, found.credential());
    }

    @Test
    void stores_the_address_as_a_number_and_the_hash_never_a_password() {
        add(aClientUser().of(instance).at("10.0.0.9").build());

        assertEquals(List.of("167772169|ARGON2ID|" + AN_ARGON2_HASH.value()), db.query(
                "SELECT client_ip || '|' || credential_scheme || '|' || credential_hash FROM smartag_client_user"));
    }

    @Test
    void refuses_a_second_user_of_the_same_name_in_another_case_as_user_exists() {
        add(aClientUser().of(instance).named("alex.smith").at("10.0.0.2").build());

        SmartagRejection rejection = assertThrows(SmartagRejection.class,
                () -> add(aClientUser().of(instance).named("ALEX.SMITH").at("10.0.0.3").build()));

        assertEquals(SmartagRejection.Reason.USER_EXISTS, rejection.reason());
        assertEquals(Subject.USER_NAME, rejection.subject().orElseThrow());
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM smartag_client_user"));
    }

    @Test
    void refuses_a_second_user_of_the_same_address_as_client_ip_taken() {
        add(aClientUser().of(instance).named("alex.smith").at("10.0.0.2").build());

        SmartagRejection rejection = assertThrows(SmartagRejection.class,
                () -> add(aClientUser().of(instance).named("blake.lee").at("10.0.0.2").build()));

        assertEquals(SmartagRejection.Reason.CLIENT_IP_TAKEN, rejection.reason());
        assertEquals(Subject.CLIENT_IP, rejection.subject().orElseThrow());
    }

    @Test
    void allows_the_same_name_and_address_on_another_instance() {
        add(aClientUser().of(instance).named("alex.smith").at("10.0.0.2").build());
        add(aClientUser().of(other).named("alex.smith").at("10.0.0.2").build());

        assertEquals(List.of("2"), db.query("SELECT COUNT(*) FROM smartag_client_user"));
    }

    @Test
    void refuses_a_user_of_an_instance_that_is_gone_as_instance_not_found() {
        SagInstance gone = anInstance().withId("sag-00000000000000000000").build();

        SmartagRejection rejection = assertThrows(SmartagRejection.class,
                () -> add(aClientUser().of(gone).build()));

        assertEquals(SmartagRejection.Reason.INSTANCE_NOT_FOUND, rejection.reason());
    }

    @Test
    void stores_a_changed_bandwidth_mail_address_state_and_credential() {
        ClientUser user = aClientUser().of(instance).named("doctest").build();
        add(user);
        CredentialHash newHash = new CredentialHash("ARGON2ID", "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$AAAA");

        db.inTransaction(em -> users(em).update(user.withBandwidth(new Bandwidth(1))
                .withMail(new EmailAddress("New@Example.com")).disabled().withCredential(newHash)));

        ClientUser reloaded = reload(instance, "doctest");
        assertEquals(1, reloaded.bandwidth().kbps());
        assertEquals("New@Example.com", reloaded.mail().value());
        assertEquals(ClientUserState.DISABLED, reloaded.state());
        assertEquals(newHash, reloaded.credential());
        assertEquals(List.of("new@example.com"), db.query("SELECT mail_key FROM smartag_client_user"));
    }

    @Test
    void lists_a_page_of_an_instances_users_by_name_without_regard_to_case() {
        int ip = 2;
        for (String name : List.of("casey.jones", "Blake.Lee", "alex.smith", "Dana.Scully")) {
            add(aClientUser().of(instance).named(name).withMail(name + "@example.com").at("10.0.0." + ip++).build());
        }
        add(aClientUser().of(other).named("aaron.aaron").build());

        assertEquals(List.of("alex.smith", "Blake.Lee", "casey.jones", "Dana.Scully"),
                names(instance, ClientUserFilter.none(), 0, 10));
        assertEquals(List.of("casey.jones"), names(instance, ClientUserFilter.none(), 2, 1));
        assertEquals(4L, (long) db.fromTransaction(em -> users(em).countOfInstance(instance.id(), ClientUserFilter.none())));
    }

    @Test
    void filters_by_name_and_mail_address_in_any_case() {
        add(aClientUser().of(instance).named("alex.smith").withMail("alex@example.com").at("10.0.0.2").build());
        add(aClientUser().of(instance).named("blake.lee").withMail("blake@example.com").at("10.0.0.3").build());

        assertEquals(List.of("alex.smith"), names(instance, new ClientUserFilter("Alex.Smith", null), 0, 10));
        assertEquals(List.of("blake.lee"), names(instance, new ClientUserFilter(null, "BLAKE@example.com"), 0, 10));
        assertEquals(List.of(), names(instance, new ClientUserFilter("alex.smith", "blake@example.com"), 0, 10));
        assertEquals(1L, (long) db.fromTransaction(em -> users(em).countOfInstance(instance.id(),
                new ClientUserFilter(null, "alex@example.com"))));
    }

    @Test
    void removes_a_user() {
        ClientUser user = aClientUser().of(instance).named("doctest").build();
        add(user);

        db.inTransaction(em -> users(em).remove(user));

        assertFalse((boolean) db.fromTransaction(em -> users(em).existsNamed(instance.id(), new SagUserName("doctest"))));
        assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> users(em).remove(user)));
    }
}

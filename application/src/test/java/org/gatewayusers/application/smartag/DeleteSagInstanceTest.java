package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_HAS_CLIENT_USERS;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

/** DeleteSmartAccessGateway: an instance without client users goes; one with them stays, and so do they. */
class DeleteSagInstanceTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().build();
    private final SagInstance other = anInstance().build();
    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance, other);
    private final InMemoryClientIps clientIps = new InMemoryClientIps(users);
    private final CreateClientUser createClientUser = new CreateClientUser(instances, users, clientIps,
            new FakeClientPasswordHasher(), FixedClock.at("2025-03-04T05:06:07Z"), new SplittableRandom(1));
    private final DeleteClientUser deleteClientUser = new DeleteClientUser(instances, users, clientIps);
    private final DeleteSagInstance deleteSagInstance = new DeleteSagInstance(instances, users);

    private void createUser(String userName) {
        createClientUser.create(new CreateClientUserCommand(REGION, instance.id().value(), userName,
                Password.of("duuf1234"), "username@example.com", null, null));
    }

    @Test
    void deletes_an_instance_without_client_users_and_leaves_the_others() {
        deleteSagInstance.delete(null, instance.id().value());

        assertTrue(instances.withId(instance.id()).isEmpty());
        assertEquals(1, instances.all().size());
    }

    @Test
    void takes_the_region_when_it_is_given_and_an_id_in_any_case() {
        deleteSagInstance.delete(REGION, instance.id().value().toUpperCase());

        assertTrue(instances.withId(instance.id()).isEmpty());
    }

    @Test
    void refuses_an_instance_that_still_holds_client_users_and_keeps_them() {
        createUser("doctest");

        assertRejected(INSTANCE_HAS_CLIENT_USERS, Subject.INSTANCE, () -> deleteSagInstance.delete(REGION, instance.id().value()));

        assertTrue(instances.withId(instance.id()).isPresent());
        assertEquals(1, users.all().size());
    }

    @Test
    void deletes_the_instance_once_its_client_users_are_deleted() {
        createUser("doctest");
        deleteClientUser.delete(REGION, instance.id().value(), "doctest");

        deleteSagInstance.delete(REGION, instance.id().value());

        assertTrue(instances.withId(instance.id()).isEmpty());
    }

    @Test
    void holds_the_instance_before_counting_its_users() {
        int before = instances.holds();

        deleteSagInstance.delete(REGION, instance.id().value());

        assertEquals(before + 1, instances.holds());
    }

    @Test
    void rejects_what_names_no_instance_or_another_region() {
        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE, () -> deleteSagInstance.delete(REGION, ""));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> deleteSagInstance.delete(REGION, "sag-00000000000000000000"));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE, () -> deleteSagInstance.delete(REGION, "not an id"));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> deleteSagInstance.delete("cn-beijing", instance.id().value()));
        assertEquals(2, instances.all().size());
    }
}

package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_ID_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INSTANCE_NOT_FOUND;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

/** DeleteSmartAccessGatewayClientUser: the user goes, and with it its address and its place in the quota. */
class DeleteClientUserTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().withUserLimit(1).build();
    private final InMemoryClientUsers users = new InMemoryClientUsers();
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance);
    private final InMemoryClientIps clientIps = new InMemoryClientIps(users);
    private final CreateClientUser createClientUser = new CreateClientUser(instances, users, clientIps,
            new FakeClientPasswordHasher(), FixedClock.at("2025-03-04T05:06:07Z"), new SplittableRandom(1));
    private final DeleteClientUser deleteClientUser = new DeleteClientUser(instances, users, clientIps);

    private String create(String userName, String clientIp) {
        return createClientUser.create(new CreateClientUserCommand(REGION, instance.id().value(), userName,
                Password.of("duuf1234"), "username@example.com", null, clientIp)).user().clientIp();
    }

    @Test
    void removes_the_user_and_frees_its_address_and_its_place_in_the_quota() {
        String ip = create("doctest", "10.0.0.50");

        deleteClientUser.delete(REGION, instance.id().value(), "DOCTEST");

        assertEquals(0, users.all().size());
        assertFalse(clientIps.isTaken(instance.id(), ClientIp.parse(ip)));
        assertEquals("10.0.0.50", create("another1", "10.0.0.50"));
    }

    @Test
    void holds_the_instance_before_reading_the_user() {
        create("doctest", null);
        int before = instances.holds();

        deleteClientUser.delete(REGION, instance.id().value(), "doctest");

        assertEquals(before + 2, instances.holds());
    }

    @Test
    void rejects_what_names_no_user() {
        create("doctest", null);

        assertRejected(USER_NOT_FOUND, Subject.USER_NAME, () -> deleteClientUser.delete(REGION, instance.id().value(), "nobody1"));
        assertRejected(NAME_INVALID, Subject.USER_NAME, () -> deleteClientUser.delete(REGION, instance.id().value(), "doc"));
        assertRejected(INSTANCE_ID_EMPTY, Subject.INSTANCE, () -> deleteClientUser.delete(REGION, "", "doctest"));
        assertRejected(INSTANCE_NOT_FOUND, Subject.INSTANCE,
                () -> deleteClientUser.delete(REGION, "sag-00000000000000000000", "doctest"));
        assertRejected(REGION_MISMATCH, Subject.REGION,
                () -> deleteClientUser.delete("cn-beijing", instance.id().value(), "doctest"));
        assertEquals(1, users.all().size());
    }
}

package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.smartag.ClientUserState;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;

/** EnableSmartAccessGatewayUser and DisableSmartAccessGatewayUser set the {@code State}: 0 enabled, 1 disabled. */
class EnableAndDisableClientUserTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().build();
    private final InMemoryClientUsers users = new InMemoryClientUsers(aClientUser().of(instance).named("doctest").build());
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance);
    private final EnableClientUser enable = new EnableClientUser(instances, users);
    private final DisableClientUser disable = new DisableClientUser(instances, users);

    @Test
    void disables_a_user_and_enables_it_again() {
        assertEquals(1, disable.disable(REGION, instance.id().value(), "doctest").state());
        assertEquals(ClientUserState.DISABLED, users.stored(instance.id(), "doctest").state());

        assertEquals(0, enable.enable(REGION, instance.id().value(), "DocTest").state());
        assertEquals(ClientUserState.ENABLED, users.stored(instance.id(), "doctest").state());
    }

    @Test
    void disabling_twice_or_enabling_an_enabled_user_changes_nothing() {
        disable.disable(REGION, instance.id().value(), "doctest");
        disable.disable(REGION, instance.id().value(), "doctest");
        enable.enable(REGION, instance.id().value(), "doctest");

        assertEquals(0, enable.enable(REGION, instance.id().value(), "doctest").state());
    }

    @Test
    void rejects_what_names_no_user() {
        assertRejected(USER_NOT_FOUND, Subject.USER_NAME, () -> enable.enable(REGION, instance.id().value(), "nobody1"));
        assertRejected(NAME_EMPTY, Subject.USER_NAME, () -> disable.disable(REGION, instance.id().value(), ""));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> disable.disable("cn-beijing", instance.id().value(), "doctest"));
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.ontap.Svm;
import org.junit.jupiter.api.Test;

/** The fake must refuse what the database's unique constraint refuses, or the use-case tests prove little. */
class InMemoryLocalUsersTest {

    private final Svm svm1 = aCifsSvm().named("svm1").build();
    private final Svm svm2 = aCifsSvm().named("svm2").build();

    @Test
    void refuses_a_second_user_of_the_same_name_in_another_case_on_the_svm() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(aLocalUser().on(svm1).named("alex").withRid(1000).build());

        assertRejected(USER_EXISTS, "name", () -> users.add(aLocalUser().on(svm1).named("ALEX").withRid(1001).build()));
        assertEquals(1, users.all().size());
    }

    @Test
    void keeps_users_of_the_same_name_on_different_svms() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(
                aLocalUser().on(svm1).named("alex").build(),
                aLocalUser().on(svm2).named("alex").build());

        assertEquals(1, users.of(svm1.uuid()).size());
        assertEquals(1, users.of(svm2.uuid()).size());
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_EXISTS;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.junit.jupiter.api.Test;

/** The fake must refuse what the database's unique constraint refuses, or the use-case tests prove little. */
class InMemoryLocalUsersTest {

    private final Svm svm1 = aCifsSvm().named("svm1").build();
    private final Svm svm2 = aCifsSvm().named("svm2").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();

    private static LocalUserName name(String account) {
        return LocalUserName.parse(account, new CifsServerName("SMB_SERVER01"));
    }

    @Test
    void refuses_a_second_user_of_the_same_name_in_another_case_on_the_svm() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex);

        assertRejected(USER_EXISTS, Subject.NAME, () -> users.add(aLocalUser().on(svm1).named("ALEX").withRid(1001).build()));
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

    @Test
    void finds_a_user_by_name_in_any_case_and_by_sid() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex, blake);

        assertEquals(Optional.of(alex), users.named(svm1.uuid(), name("ALEX")));
        assertTrue(users.existsNamed(svm1.uuid(), name("Alex")));
        assertEquals(Optional.of(blake), users.withSid(svm1.uuid(), blake.sid()));
        assertEquals(Optional.empty(), users.named(svm2.uuid(), name("alex")));
        assertEquals(Optional.empty(), users.withSid(svm2.uuid(), alex.sid()));
    }

    @Test
    void lists_the_users_of_an_svm_by_rid() {
        LocalUser administrator = aLocalUser().on(svm1).named("Administrator").withRid(500).build();
        LocalUser casey = aLocalUser().on(svm1).named("casey").withRid(1002).build();
        InMemoryLocalUsers users = new InMemoryLocalUsers(casey, blake, administrator, alex,
                aLocalUser().on(svm2).named("drew").withRid(1003).build());

        assertEquals(List.of(administrator, alex, blake, casey), users.ofSvm(svm1.uuid()));
    }

    @Test
    void stores_a_changed_user() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex, blake);

        users.update(alex.withFullName("Alex Brown").withAccountDisabled(true));

        LocalUser stored = users.withSid(svm1.uuid(), alex.sid()).orElseThrow();
        assertEquals("Alex Brown", stored.fullName());
        assertTrue(stored.accountDisabled());
        assertEquals(List.of(alex.sid(), blake.sid()), users.all().stream().map(LocalUser::sid).toList());
    }

    @Test
    void moves_a_renamed_user_to_its_new_name() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex, blake);

        users.update(alex.renamed("casey"));

        assertEquals(Optional.empty(), users.named(svm1.uuid(), name("alex")));
        assertEquals(alex.sid(), users.named(svm1.uuid(), name("casey")).orElseThrow().sid());
        assertEquals(2, users.ofSvm(svm1.uuid()).size());
        users.add(aLocalUser().on(svm1).named("alex").withRid(1002).build());
    }

    @Test
    void lets_a_user_change_the_case_of_its_own_name() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex);

        users.update(alex.renamed("ALEX"));

        assertEquals("SMB_SERVER01\\ALEX", users.withSid(svm1.uuid(), alex.sid()).orElseThrow().name().qualified());
    }

    @Test
    void refuses_to_rename_a_user_to_the_name_of_another_in_any_case() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex, blake);

        assertRejected(USER_EXISTS, Subject.NAME, () -> users.update(alex.renamed("BLAKE")));
        assertEquals(alex, users.withSid(svm1.uuid(), alex.sid()).orElseThrow());
        assertEquals(blake, users.named(svm1.uuid(), name("blake")).orElseThrow());
    }

    @Test
    void removes_a_user() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex, blake);

        users.remove(alex);

        assertEquals(List.of(blake), users.ofSvm(svm1.uuid()));
        assertFalse(users.existsNamed(svm1.uuid(), name("alex")));
        assertEquals(Optional.empty(), users.withSid(svm1.uuid(), alex.sid()));
    }

    @Test
    void removes_the_user_of_that_sid_even_from_a_stale_copy() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex);
        users.update(alex.renamed("casey"));

        users.remove(alex);

        assertEquals(List.of(), users.all());
    }

    @Test
    void treats_an_update_or_remove_of_a_user_it_does_not_hold_as_a_bug() {
        InMemoryLocalUsers users = new InMemoryLocalUsers(alex);

        assertThrows(IllegalStateException.class, () -> users.update(blake));
        assertThrows(IllegalStateException.class, () -> users.remove(blake));
        assertThrows(IllegalStateException.class, () -> users.add(aLocalUser().on(svm1).named("casey").withRid(1000).build()));
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/protocols/cifs/local-users}, before any filter of the REST edge. */
class ListLocalUsersTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final Svm bare = aDataSvm().named("svm3").withoutCifsServer().build();
    private final LocalUser administrator = aLocalUser().on(svm1).named("Administrator").withRid(500).disabled().build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).withFullName("Alex Brown").build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();
    private final LocalUser casey = aLocalUser().on(svm2).named("casey").withRid(1000).build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2, bare);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(blake, alex, casey, administrator);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(
            aBuiltinGroup(BuiltinGroup.ADMINISTRATORS).on(svm1).withMember(administrator).build(),
            aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).withMember(blake).build(),
            aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).build(),
            aBuiltinGroup(BuiltinGroup.USERS).on(svm2).build());
    private final ListLocalUsers listLocalUsers = new ListLocalUsers(svms, localUsers, new InMemoryMemberships(localGroups, localUsers));

    private static List<String> names(List<LocalUserView> views) {
        return views.stream().map(view -> view.svmName() + " " + view.name()).toList();
    }

    @Test
    void lists_the_users_of_every_svm_by_rid() {
        assertEquals(List.of("svm1 SMB_SERVER01\\Administrator", "svm1 SMB_SERVER01\\alex", "svm1 SMB_SERVER01\\blake",
                "svm2 SMB_SERVER02\\casey"), names(listLocalUsers.list(Optional.empty())));
    }

    @Test
    void lists_the_users_of_one_svm() {
        assertEquals(List.of("svm2 SMB_SERVER02\\casey"), names(listLocalUsers.list(Optional.of(svm2.uuid().value()))));
        assertEquals(3, listLocalUsers.list(Optional.of(svm1.uuid().value().toUpperCase())).size());
    }

    @Test
    void shows_the_membership_of_each_user() {
        List<LocalUserView> views = listLocalUsers.list(Optional.of(svm1.uuid().value()));

        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Administrators", "S-1-5-32-544")), views.get(0).membership());
        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545"),
                new LocalUserView.Membership("SMB_SERVER01\\group", DOMAIN_SID + "-1002")), views.get(1).membership());
        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545")), views.get(2).membership());
        assertEquals(List.of(), listLocalUsers.list(Optional.of(svm2.uuid().value())).get(0).membership());
    }

    @Test
    void shows_the_other_fields() {
        List<LocalUserView> views = listLocalUsers.list(Optional.of(svm1.uuid().value()));

        assertTrue(views.get(0).accountDisabled());
        assertFalse(views.get(1).accountDisabled());
        assertEquals("Alex Brown", views.get(1).fullName());
        assertEquals(DOMAIN_SID + "-1000", views.get(1).sid());
        assertEquals(svm1.uuid().value(), views.get(1).svmUuid());
    }

    @Test
    void lists_nothing_for_an_svm_without_a_cifs_server() {
        assertEquals(List.of(), listLocalUsers.list(Optional.of(bare.uuid().value())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void lists_nothing_for_what_is_not_a_uuid(String svmUuid) {
        assertEquals(List.of(), listLocalUsers.list(Optional.of(svmUuid)));
    }

    @Test
    void lists_nothing_for_an_unknown_svm() {
        assertEquals(List.of(), listLocalUsers.list(Optional.of(SvmUuid.random().value())));
    }
}

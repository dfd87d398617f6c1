package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;

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

    /** The users {@link ListLocalUsers#forEachMatch} visits for the filters, by name (the order is the SID's). */
    @SafeVarargs
    private Map<String, LocalUserView> matching(RecordQuery.Filter<LocalUserField>... filters) {
        Map<String, LocalUserView> visited = new LinkedHashMap<>();
        int count = listLocalUsers.forEachMatch(new RecordQuery<>(List.of(filters), List.of(), null, 1),
                user -> visited.put(user.svmName() + " " + user.name(), user));
        assertEquals(visited.size(), count);
        return visited;
    }

    private static RecordQuery.Filter<LocalUserField> svmIs(String uuid) {
        return new RecordQuery.Filter<>(LocalUserField.SVM_UUID,
                List.of(new RecordQuery.Alternative(false, RecordQuery.Operator.EQUAL, uuid)));
    }

    @Test
    void visits_every_user_of_every_svm_with_a_cifs_server() {
        assertEquals(Set.of("svm1 SMB_SERVER01\\Administrator", "svm1 SMB_SERVER01\\alex", "svm1 SMB_SERVER01\\blake",
                "svm2 SMB_SERVER02\\casey"), matching().keySet());
    }

    @Test
    void visits_the_users_of_one_svm() {
        assertEquals(Set.of("svm2 SMB_SERVER02\\casey"), matching(svmIs(svm2.uuid().value())).keySet());
        assertEquals(3, matching(svmIs(svm1.uuid().value())).size());
    }

    @Test
    void visits_each_user_with_its_membership() {
        Map<String, LocalUserView> views = matching(svmIs(svm1.uuid().value()));

        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Administrators", "S-1-5-32-544")),
                views.get("svm1 SMB_SERVER01\\Administrator").membership());
        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545"),
                new LocalUserView.Membership("SMB_SERVER01\\group", DOMAIN_SID + "-1002")),
                views.get("svm1 SMB_SERVER01\\alex").membership());
        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545")),
                views.get("svm1 SMB_SERVER01\\blake").membership());
        assertEquals(List.of(), matching(svmIs(svm2.uuid().value())).get("svm2 SMB_SERVER02\\casey").membership());
    }

    @Test
    void visits_each_user_with_its_other_fields() {
        LocalUserView alexView = matching(svmIs(svm1.uuid().value())).get("svm1 SMB_SERVER01\\alex");

        assertTrue(matching(svmIs(svm1.uuid().value())).get("svm1 SMB_SERVER01\\Administrator").accountDisabled());
        assertFalse(alexView.accountDisabled());
        assertEquals("Alex Brown", alexView.fullName());
        assertEquals(DOMAIN_SID + "-1000", alexView.sid());
        assertEquals(svm1.uuid().value(), alexView.svmUuid());
    }

    @Test
    void visits_every_match_across_batches_once() {
        for (int i = 0; i < 1234; i++) {
            localUsers.add(aLocalUser().on(svm2).named(String.format("u%04d", i)).withRid(2000 + i).build());
        }

        assertEquals(1235, matching(svmIs(svm2.uuid().value())).size());
    }

    @Test
    void visits_nothing_for_an_svm_without_a_cifs_server_or_an_unknown_one() {
        assertEquals(Map.of(), matching(svmIs(bare.uuid().value())));
        assertEquals(Map.of(), matching(svmIs(SvmUuid.random().value())));
    }
}

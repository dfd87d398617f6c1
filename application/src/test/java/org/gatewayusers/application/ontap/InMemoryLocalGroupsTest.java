package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.junit.jupiter.api.Test;

/** The groups fake keeps the contract of {@link LocalGroups} and the database's unique name per SVM. */
class InMemoryLocalGroupsTest {

    private static final CifsServerName SMB_SERVER01 = new CifsServerName("SMB_SERVER01");

    private final Svm svm1 = aCifsSvm().named("svm1").build();
    private final Svm svm2 = aCifsSvm().named("svm2").build();
    private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1002).build();
    private final LocalGroup team = aLocalGroup().on(svm1).named("team").withRid(1003).build();
    private final LocalGroup users = aBuiltinGroup(BuiltinGroup.USERS).on(svm1).build();
    private final Sid alex = svm1.domainSid().withRid(new Rid(1000));

    private static LocalGroupName name(String raw) {
        return LocalGroupName.lookUp(raw, SMB_SERVER01);
    }

    @Test
    void refuses_a_second_group_of_the_same_name_in_another_case_on_the_svm() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group);

        assertRejected(GROUP_EXISTS, Subject.NAME, () -> groups.add(aLocalGroup().on(svm1).named("GROUP").withRid(1005).build()));
        assertEquals(List.of(group), groups.all());
    }

    @Test
    void keeps_groups_of_the_same_name_on_different_svms_and_in_different_domains() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group, users,
                aLocalGroup().on(svm2).named("group").withRid(1002).build(),
                aBuiltinGroup(BuiltinGroup.USERS).on(svm2).build(),
                aLocalGroup().on(svm1).named("Users").withRid(1004).build());

        assertEquals(3, groups.ofSvm(svm1.uuid()).size());
        assertEquals(2, groups.ofSvm(svm2.uuid()).size());
    }

    @Test
    void finds_a_group_by_name_in_any_case_and_by_sid() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group, users);

        assertEquals(Optional.of(group), groups.named(svm1.uuid(), name("GROUP")));
        assertEquals(Optional.of(users), groups.named(svm1.uuid(), name("builtin\\users")));
        assertTrue(groups.existsNamed(svm1.uuid(), name("smb_server01\\Group")));
        assertEquals(Optional.of(users), groups.withSid(svm1.uuid(), new Sid("S-1-5-32-545")));
        assertEquals(Optional.empty(), groups.withSid(svm2.uuid(), new Sid("S-1-5-32-545")));
        assertEquals(Optional.empty(), groups.named(svm2.uuid(), name("group")));
    }

    @Test
    void lists_the_groups_of_an_svm_in_sid_order_builtin_first() {
        LocalGroup administrators = aBuiltinGroup(BuiltinGroup.ADMINISTRATORS).on(svm1).build();
        InMemoryLocalGroups groups = new InMemoryLocalGroups(team, users, group, administrators);

        assertEquals(List.of(administrators, users, group, team), groups.ofSvm(svm1.uuid()));
    }

    @Test
    void stores_changed_members_and_description() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group, team);

        groups.update(group.withMembers(List.of(alex)).describedAs("sales"));

        LocalGroup stored = groups.stored(svm1.uuid(), group.sid());
        assertEquals(Set.of(alex), stored.members());
        assertEquals("sales", stored.description());
        assertEquals(List.of(group.sid(), team.sid()), groups.all().stream().map(LocalGroup::sid).toList());
    }

    @Test
    void moves_a_renamed_group_to_its_new_name() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group);

        groups.update(group.renamed("sales", SMB_SERVER01));

        assertFalse(groups.existsNamed(svm1.uuid(), name("group")));
        assertEquals(group.sid(), groups.named(svm1.uuid(), name("sales")).orElseThrow().sid());
        groups.add(aLocalGroup().on(svm1).named("group").withRid(1004).build());
    }

    @Test
    void refuses_to_rename_a_group_to_the_name_of_another_in_any_case() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group, team);

        assertRejected(GROUP_EXISTS, Subject.NAME, () -> groups.update(group.renamed("TEAM", SMB_SERVER01)));
        assertEquals(group, groups.stored(svm1.uuid(), group.sid()));
        assertEquals(team, groups.stored(svm1.uuid(), team.sid()));
    }

    @Test
    void removes_a_group() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group, team);

        groups.remove(group);

        assertEquals(List.of(team), groups.ofSvm(svm1.uuid()));
        assertEquals(Optional.empty(), groups.withSid(svm1.uuid(), group.sid()));
    }

    @Test
    void treats_an_update_or_remove_of_a_group_it_does_not_hold_as_a_bug() {
        InMemoryLocalGroups groups = new InMemoryLocalGroups(group);

        assertThrows(IllegalStateException.class, () -> groups.update(team));
        assertThrows(IllegalStateException.class, () -> groups.remove(team));
        assertThrows(IllegalStateException.class, () -> groups.add(aLocalGroup().on(svm1).named("other").withRid(1002).build()));
        assertThrows(AssertionError.class, () -> groups.stored(svm1.uuid(), team.sid()));
    }
}

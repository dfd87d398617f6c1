package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.MEMBERS_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.MEMBER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET/POST/DELETE .../local-groups/{svm.uuid}/{sid}/members} and {@code GET/DELETE .../members/{name}}. */
class GroupMembersTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";
    private static final String GROUP_SID = DOMAIN_SID + "-1002";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();
    private final LocalUser casey = aLocalUser().on(svm1).named("casey").withRid(1004).build();
    private final LocalUser drew = aLocalUser().on(svm2).named("drew").withRid(1000).build();
    private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).build();
    private final LocalGroup users = aBuiltinGroup(BuiltinGroup.USERS).on(svm1).build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, blake, casey, drew);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(group, users,
            aBuiltinGroup(BuiltinGroup.USERS).on(svm2).build());
    private final GroupMembers groupMembers = new GroupMembers(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers));

    private Set<Sid> members() {
        return localGroups.stored(svm1.uuid(), group.sid()).members();
    }

    private void add(String... members) {
        groupMembers.add(svm1.uuid().value(), GROUP_SID, List.of(members));
    }

    private void remove(String... members) {
        groupMembers.remove(svm1.uuid().value(), GROUP_SID, List.of(members));
    }

    private List<LocalUserView.Membership> membershipOf(LocalUser user) {
        return new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), user.sid().value()).membership();
    }

    @Nested
    class Listing {

        @Test
        void pages_the_members_a_query_matches_by_name() {
            add("casey", "blake");
            List<RecordQuery.SortKey<GroupMemberField>> byName = List.of(new RecordQuery.SortKey<>(GroupMemberField.NAME, false));

            RecordPage<LocalGroupView.Member> first = groupMembers.page(svm1.uuid().value(), GROUP_SID,
                    new RecordQuery<>(List.of(), byName, null, 2));
            assertEquals(List.of("SMB_SERVER01\\alex", "SMB_SERVER01\\blake"),
                    first.records().stream().map(LocalGroupView.Member::name).toList());
            assertTrue(first.more());
            RecordPage<LocalGroupView.Member> second = groupMembers.page(svm1.uuid().value(), GROUP_SID,
                    new RecordQuery<>(List.of(), byName, List.of("SMB_SERVER01\\blake"), 2));
            assertEquals(List.of("SMB_SERVER01\\casey"), second.records().stream().map(LocalGroupView.Member::name).toList());
            assertFalse(second.more());
            assertEquals(3, groupMembers.count(svm1.uuid().value(), GROUP_SID, new RecordQuery<>(List.of(), byName, null, 0)));
        }

        @Test
        void pages_nothing_of_an_unknown_group() {
            OntapRejection rejection = assertThrows(OntapRejection.class, () -> groupMembers.page(svm1.uuid().value(),
                    DOMAIN_SID + "-4242", new RecordQuery<>(List.of(), List.of(), null, 2)));
            assertEquals(OntapRejection.Reason.GROUP_NOT_FOUND, rejection.reason());
        }

        @Test
        void lists_the_members_by_name() {
            add("casey", "blake");

            assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", alex.sid().value()),
                            new LocalGroupView.Member("SMB_SERVER01\\blake", blake.sid().value()),
                            new LocalGroupView.Member("SMB_SERVER01\\casey", casey.sid().value())),
                    groupMembers.list(svm1.uuid().value(), GROUP_SID));
        }

        @Test
        void lists_no_members_of_an_empty_group() {
            assertEquals(List.of(), groupMembers.list(svm1.uuid().value(), "S-1-5-32-545"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"alex", "ALEX", "SMB_SERVER01\\alex", "smb_server01\\Alex",
                "S-1-5-21-256008430-3394229847-3930036330-1000"})
        void reads_one_member_by_name_or_sid(String name) {
            assertEquals(new LocalGroupView.Member("SMB_SERVER01\\alex", alex.sid().value()),
                    groupMembers.get(svm1.uuid().value(), GROUP_SID, name));
        }

        @ParameterizedTest
        @ValueSource(strings = {"blake", "nobody", "OTHER\\alex", "S-1-5-21-1-2-3-1000", "", "a*b"})
        void finds_no_entry_for_a_name_that_is_no_member(String name) {
            assertRejected(PATH_ENTRY_NOT_FOUND, Subject.NAME, () -> groupMembers.get(svm1.uuid().value(), GROUP_SID, name));
        }
    }

    @Nested
    class Adding {

        @ParameterizedTest
        @ValueSource(strings = {"blake", "BLAKE", "SMB_SERVER01\\blake", "smb_server01\\Blake",
                "S-1-5-21-256008430-3394229847-3930036330-1001", "s-1-5-21-256008430-3394229847-3930036330-1001"})
        void adds_a_user_by_name_or_sid(String name) {
            add(name);

            assertEquals(Set.of(alex.sid(), blake.sid()), members());
        }

        @Test
        void adds_several_at_once_and_keeps_the_members_there_were() {
            add("blake", "casey");

            assertEquals(Set.of(alex.sid(), blake.sid(), casey.sid()), members());
        }

        @Test
        void appending_a_member_again_keeps_it_once() {
            add("alex");
            add("blake", "BLAKE", blake.sid().value());
            add("blake");

            assertEquals(Set.of(alex.sid(), blake.sid()), members());
            assertEquals(2, groupMembers.list(svm1.uuid().value(), GROUP_SID).size());
        }

        @Test
        void adds_to_a_builtin_group() {
            groupMembers.add(svm1.uuid().value(), "S-1-5-32-545", List.of("blake"));

            assertEquals(Set.of(blake.sid()), localGroups.stored(svm1.uuid(), users.sid()).members());
        }

        @Test
        void shows_the_group_in_the_users_membership() {
            add("blake");

            assertEquals(List.of(new LocalUserView.Membership("SMB_SERVER01\\group", GROUP_SID)), membershipOf(blake));
            assertEquals(List.of(), membershipOf(casey));
        }

        @ParameterizedTest
        @ValueSource(strings = {"nobody", "SMB_SERVER01\\nobody", "OTHER\\blake", "drew", "S-1-5-21-1-2-3-1000",
                "S-1-5-21-256008430-3394229847-3930036330-1999", GROUP_SID, "", " ", "bl*ke"})
        void rejects_a_member_that_is_no_user_of_the_svm_and_adds_nothing(String name) {
            OntapRejection rejection = assertRejected(MEMBER_NOT_FOUND, Subject.NAME, () -> add("blake", name));

            assertTrue(rejection.getMessage().endsWith(": " + name), rejection.getMessage());
            assertEquals(Set.of(alex.sid()), members());
        }

        @Test
        void rejects_an_empty_list() {
            assertRejected(MEMBERS_MISSING, Subject.NAME, () -> add());

            assertEquals(Set.of(alex.sid()), members());
        }
    }

    @Nested
    class Removing {

        @ParameterizedTest
        @ValueSource(strings = {"alex", "SMB_SERVER01\\ALEX", "S-1-5-21-256008430-3394229847-3930036330-1000"})
        void removes_a_member_by_name_or_sid(String name) {
            remove(name);

            assertEquals(Set.of(), members());
        }

        @Test
        void removes_several_at_once_and_keeps_the_others() {
            add("blake", "casey");

            remove("alex", "casey");

            assertEquals(Set.of(blake.sid()), members());
        }

        @Test
        void keeps_the_user() {
            remove("alex");

            assertEquals(3, localUsers.ofSvm(svm1.uuid()).size());
            assertEquals(List.of(), membershipOf(alex));
        }

        @ParameterizedTest
        @ValueSource(strings = {"blake", "S-1-5-21-256008430-3394229847-3930036330-1001"})
        void rejects_a_user_that_is_no_member_and_removes_nothing(String name) {
            OntapRejection rejection = assertRejected(MEMBER_NOT_FOUND, Subject.NAME, () -> remove("alex", name));

            assertTrue(rejection.getMessage().endsWith(": " + name), rejection.getMessage());
            assertEquals(Set.of(alex.sid()), members());
        }

        @ParameterizedTest
        @ValueSource(strings = {"nobody", "drew", "S-1-5-21-1-2-3-1000", ""})
        void rejects_a_member_that_is_no_user_of_the_svm_and_removes_nothing(String name) {
            assertRejected(MEMBER_NOT_FOUND, Subject.NAME, () -> remove("alex", name));

            assertEquals(Set.of(alex.sid()), members());
        }

        @Test
        void rejects_an_empty_list() {
            assertRejected(MEMBERS_MISSING, Subject.NAME, () -> remove());

            assertEquals(Set.of(alex.sid()), members());
        }
    }

    @Nested
    class Finding_the_group {

        @Test
        void rejects_a_sid_no_group_of_the_svm_has() {
            String unknown = DOMAIN_SID + "-1999";

            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.list(svm1.uuid().value(), unknown));
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.get(svm1.uuid().value(), unknown, "alex"));
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.add(svm1.uuid().value(), unknown, List.of("alex")));
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.remove(svm1.uuid().value(), unknown, List.of("alex")));
        }

        @Test
        void rejects_the_sid_of_a_user() {
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.add(svm1.uuid().value(), alex.sid().value(), List.of("blake")));
        }

        @Test
        void does_not_touch_the_builtin_group_of_another_svm() {
            groupMembers.add(svm2.uuid().value(), "S-1-5-32-545", List.of("drew"));

            assertEquals(Set.of(), localGroups.stored(svm1.uuid(), users.sid()).members());
            assertRejected(MEMBER_NOT_FOUND, Subject.NAME, () -> groupMembers.add(svm2.uuid().value(), "S-1-5-32-545", List.of("alex")));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
        void rejects_an_unknown_svm(String svmUuid) {
            assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> groupMembers.list(svmUuid, GROUP_SID));
            assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> groupMembers.add(svmUuid, GROUP_SID, List.of("blake")));
            assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID,
                    () -> groupMembers.remove(SvmUuid.random().value(), GROUP_SID, List.of("alex")));
        }

        @Test
        void finds_no_group_on_an_svm_without_a_cifs_server() {
            Svm bare = aDataSvm().named("svm3").withoutCifsServer().build();
            svms.add(bare);
            String uuid = bare.uuid().value();

            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.list(uuid, "S-1-5-32-545"));
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.get(uuid, "S-1-5-32-545", "alex"));
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.add(uuid, "S-1-5-32-545", List.of("alex")));
            assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> groupMembers.remove(uuid, "S-1-5-32-545", List.of("alex")));
        }
    }
}

package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.BUILTIN_GROUP_IS_FIXED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_RENAME_CHANGES_DOMAIN;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGroupTest {

    private static final CifsServerName SMB_SERVER01 = new CifsServerName("SMB_SERVER01");

    private final Svm svm = aCifsSvm().build();
    private final LocalUser alex = aLocalUser().on(svm).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm).named("blake").withRid(1001).build();

    @Nested
    class Creating {

        @Test
        void creates_a_group_without_members() {
            Sid sid = svm.sidFor(new Rid(1002));

            LocalGroup group = LocalGroup.create(svm.uuid(), LocalGroupName.parse("group", SMB_SERVER01), "sales", sid);

            assertEquals(svm.uuid(), group.svm());
            assertEquals("SMB_SERVER01\\group", group.name().qualified());
            assertEquals("sales", group.description());
            assertEquals(sid, group.sid());
            assertEquals(Set.of(), group.members());
        }

        @Test
        void accepts_a_description_of_256_characters_and_none() {
            LocalGroupName name = LocalGroupName.parse("group", SMB_SERVER01);

            assertEquals(256, LocalGroup.create(svm.uuid(), name, "d".repeat(256), svm.sidFor(new Rid(1002))).description().length());
            assertNull(LocalGroup.create(svm.uuid(), name, null, svm.sidFor(new Rid(1002))).description());
        }

        @Test
        void rejects_a_description_of_257_characters() {
            assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION, () -> LocalGroup.create(svm.uuid(),
                    LocalGroupName.parse("group", SMB_SERVER01), "d".repeat(257), svm.sidFor(new Rid(1002))));
        }

        @ParameterizedTest
        @EnumSource(BuiltinGroup.class)
        void creates_a_builtin_group_with_its_name_sid_and_members(BuiltinGroup builtin) {
            LocalGroup group = LocalGroup.builtin(svm.uuid(), builtin, List.of(alex.sid()));

            assertEquals(builtin.groupName(), group.name());
            assertTrue(group.name().isBuiltin());
            assertEquals(builtin.sid(), group.sid());
            assertEquals(Set.of(alex.sid()), group.members());
            assertNull(group.description());
        }

        @Test
        void reconstitutes_a_stored_group_with_its_members() {
            LocalGroup group = aLocalGroup().on(svm).named("group").withRid(1002).withMember(alex).build();

            assertEquals(svm.domainSid().withRid(new Rid(1002)), group.sid());
            assertEquals(Set.of(alex.sid()), group.members());
            assertTrue(group.hasMember(alex.sid()));
            assertFalse(group.hasMember(blake.sid()));
        }

        @Test
        void does_not_let_its_members_be_changed_from_outside() {
            LocalGroup group = aLocalGroup().on(svm).withMember(alex).build();

            assertThrows(UnsupportedOperationException.class, () -> group.members().clear());
            assertThrows(UnsupportedOperationException.class, () -> group.members().add(blake.sid()));
        }
    }

    @Nested
    class Renaming {

        private final LocalGroup group = aLocalGroup().on(svm).named("group").withRid(1002).withDescription("sales")
                .withMember(alex).build();

        @ParameterizedTest
        @ValueSource(strings = {"team", "SMB_SERVER01\\team", "smb_server01\\team"})
        void takes_a_new_name_in_the_same_local_domain(String raw) {
            assertEquals("SMB_SERVER01\\team", group.renamed(raw, SMB_SERVER01).name().qualified());
        }

        @Test
        void keeps_its_sid_description_and_members() {
            LocalGroup team = group.renamed("team", SMB_SERVER01);

            assertEquals(group.svm(), team.svm());
            assertEquals(group.sid(), team.sid());
            assertEquals("sales", team.description());
            assertEquals(Set.of(alex.sid()), team.members());
            assertEquals("SMB_SERVER01\\group", group.name().qualified());
        }

        @ParameterizedTest
        @ValueSource(strings = {"OTHER\\team", "BUILTIN\\team", "\\team"})
        void rejects_a_name_in_another_domain(String raw) {
            assertRejected(GROUP_RENAME_CHANGES_DOMAIN, Subject.NAME, () -> group.renamed(raw, SMB_SERVER01));
        }

        static Stream<Arguments> namesBreakingARule() {
            return Stream.of(
                    Arguments.of(null, GROUP_NAME_MISSING),
                    Arguments.of(" ", GROUP_NAME_BLANK),
                    Arguments.of("SMB_SERVER01\\", GROUP_NAME_BLANK),
                    Arguments.of("t".repeat(257), GROUP_NAME_TOO_LONG),
                    Arguments.of("te@m", GROUP_NAME_HAS_ILLEGAL_CHARACTERS));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\": {1}")
        @MethodSource("namesBreakingARule")
        void applies_the_name_rules_of_a_create(String raw, OntapRejection.Reason reason) {
            assertRejected(reason, Subject.NAME, () -> group.renamed(raw, SMB_SERVER01));
        }

        @ParameterizedTest
        @EnumSource(BuiltinGroup.class)
        void refuses_to_rename_a_builtin_group(BuiltinGroup builtin) {
            LocalGroup fixed = aBuiltinGroup(builtin).on(svm).build();

            assertRejected(BUILTIN_GROUP_IS_FIXED, Subject.NAME, () -> fixed.renamed("team", SMB_SERVER01));
            assertRejected(BUILTIN_GROUP_IS_FIXED, Subject.NAME, () -> fixed.renamed(builtin.groupName().group(), SMB_SERVER01));
        }
    }

    @Nested
    class Deleting {

        @Test
        void lets_a_group_of_the_local_domain_be_deleted() {
            assertDoesNotThrow(() -> aLocalGroup().on(svm).withMember(alex).build().requireDeletable());
        }

        @ParameterizedTest
        @EnumSource(BuiltinGroup.class)
        void refuses_to_delete_a_builtin_group(BuiltinGroup builtin) {
            assertRejected(BUILTIN_GROUP_IS_FIXED, Subject.NAME, () -> aBuiltinGroup(builtin).on(svm).build().requireDeletable());
        }
    }

    @Nested
    class Describing {

        private final LocalGroup group = aLocalGroup().on(svm).withDescription("sales").withMember(alex).build();

        @Test
        void takes_a_new_description_or_none_and_keeps_the_rest() {
            LocalGroup described = group.describedAs("marketing");

            assertEquals("marketing", described.description());
            assertNull(group.describedAs(null).description());
            assertEquals(group.name(), described.name());
            assertEquals(group.sid(), described.sid());
            assertEquals(group.members(), described.members());
            assertEquals("sales", group.description());
        }

        @Test
        void rejects_a_description_of_257_characters() {
            assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION, () -> group.describedAs("d".repeat(257)));
        }
    }

    @Nested
    class Members {

        private final LocalGroup group = aLocalGroup().on(svm).withMember(alex).build();

        @Test
        void adds_members() {
            LocalGroup both = group.withMembers(List.of(blake.sid()));

            assertEquals(Set.of(alex.sid(), blake.sid()), both.members());
            assertEquals(Set.of(alex.sid()), group.members());
        }

        @Test
        void adds_a_member_that_is_there_once_only() {
            assertEquals(Set.of(alex.sid()), group.withMembers(List.of(alex.sid())).members());
            assertEquals(Set.of(alex.sid(), blake.sid()),
                    group.withMembers(List.of(blake.sid(), blake.sid())).withMembers(List.of(blake.sid())).members());
        }

        @Test
        void removes_members() {
            LocalGroup none = group.withMembers(List.of(blake.sid())).withoutMembers(List.of(alex.sid(), blake.sid()));

            assertEquals(Set.of(), none.members());
            assertFalse(none.hasMember(alex.sid()));
        }

        @Test
        void removing_a_non_member_changes_nothing() {
            assertEquals(Set.of(alex.sid()), group.withoutMembers(List.of(blake.sid())).members());
            assertEquals(Set.of(), group.withoutMembers(List.of(alex.sid())).withoutMembers(List.of(alex.sid())).members());
        }

        @Test
        void keeps_name_sid_and_description_when_members_change() {
            LocalGroup changed = group.withMembers(List.of(blake.sid())).withoutMembers(List.of(alex.sid()));

            assertEquals(group.name(), changed.name());
            assertEquals(group.sid(), changed.sid());
            assertEquals(group.svm(), changed.svm());
        }

        @Test
        void builtin_groups_take_members_too() {
            LocalGroup users = aBuiltinGroup(BuiltinGroup.USERS).on(svm).build();

            assertEquals(Set.of(alex.sid()), users.withMembers(List.of(alex.sid())).members());
        }
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.BUILTIN_GROUP_IS_FIXED;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_RENAME_CHANGES_DOMAIN;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code PATCH /api/protocols/cifs/local-groups/{svm.uuid}/{sid}}: rename within the domain, description. */
class UpdateLocalGroupTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";
    private static final String GROUP_SID = DOMAIN_SID + "-1002";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalGroup group = aLocalGroup().on(svm1).named("group").withRid(1002).withDescription("sales")
            .withMember(alex).build();
    private final LocalGroup team = aLocalGroup().on(svm1).named("team").withRid(1003).build();
    private final InMemorySvms svms = new InMemorySvms(svm1);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(group, team,
            aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).build());
    private final UpdateLocalGroup updateLocalGroup = new UpdateLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers));

    private LocalGroupView update(Optional<String> name, Optional<String> description) {
        return updateLocalGroup.update(svm1.uuid().value(), GROUP_SID, name, description);
    }

    private LocalGroup storedGroup() {
        return localGroups.stored(svm1.uuid(), group.sid());
    }

    private void assertGroupUnchanged() {
        assertEquals(group, storedGroup());
        assertEquals(team, localGroups.stored(svm1.uuid(), team.sid()));
    }

    @Test
    void changes_nothing_when_no_field_is_given() {
        LocalGroupView view = update(Optional.empty(), Optional.empty());

        assertGroupUnchanged();
        assertEquals("SMB_SERVER01\\group", view.name());
        assertEquals("sales", view.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales team", "SMB_SERVER01\\sales team", "smb_server01\\sales team"})
    void renames_the_group_within_its_domain_and_keeps_the_rest(String raw) {
        LocalGroupView view = update(Optional.of(raw), Optional.empty());

        assertEquals("SMB_SERVER01\\sales team", view.name());
        assertEquals(GROUP_SID, view.sid());
        assertEquals("sales", view.description());
        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", alex.sid().value())), view.members());
        assertEquals("SMB_SERVER01\\sales team", storedGroup().name().qualified());
        assertEquals(Set.of(alex.sid()), storedGroup().members());
    }

    @Test
    void may_change_only_the_case_of_its_name() {
        assertEquals("SMB_SERVER01\\Group", update(Optional.of("Group"), Optional.empty()).name());
    }

    @Test
    void shows_the_new_name_in_the_membership_of_its_members() {
        update(Optional.of("sales team"), Optional.empty());

        LocalUserView alexView = new GetLocalUser(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(svm1.uuid().value(), alex.sid().value());
        assertEquals(List.of(new LocalUserView.Membership("BUILTIN\\Users", "S-1-5-32-545"),
                new LocalUserView.Membership("SMB_SERVER01\\sales team", GROUP_SID)), alexView.membership());
    }

    @Test
    void changes_the_description_alone() {
        LocalGroupView view = update(Optional.empty(), Optional.of("marketing"));

        assertEquals("marketing", view.description());
        assertEquals("marketing", storedGroup().description());
        assertEquals("SMB_SERVER01\\group", storedGroup().name().qualified());
        assertEquals(Set.of(alex.sid()), storedGroup().members());
    }

    @Test
    void clears_the_description_with_an_empty_one() {
        update(Optional.empty(), Optional.of(""));

        assertNull(storedGroup().description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "TEAM", "SMB_SERVER01\\Team"})
    void rejects_the_name_of_another_group(String raw) {
        assertRejected(GROUP_EXISTS, Subject.NAME, () -> update(Optional.of(raw), Optional.of("marketing")));

        assertGroupUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OTHER\\group2", "BUILTIN\\group2", "builtin\\Users", "\\group2"})
    void rejects_a_name_in_another_domain(String raw) {
        assertRejected(GROUP_RENAME_CHANGES_DOMAIN, Subject.NAME, () -> update(Optional.of(raw), Optional.empty()));

        assertGroupUnchanged();
    }

    static Stream<Arguments> namesBreakingARule() {
        return Stream.of(
                Arguments.of(" ", GROUP_NAME_BLANK),
                Arguments.of("SMB_SERVER01\\", GROUP_NAME_BLANK),
                Arguments.of("g".repeat(257), GROUP_NAME_TOO_LONG),
                Arguments.of("gr<>up", GROUP_NAME_HAS_ILLEGAL_CHARACTERS));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\": {1}")
    @MethodSource("namesBreakingARule")
    void applies_the_name_rules_of_a_create(String raw, OntapRejection.Reason reason) {
        assertRejected(reason, Subject.NAME, () -> update(Optional.of(raw), Optional.of("marketing")));

        assertGroupUnchanged();
    }

    @Test
    void rejects_a_description_of_257_characters() {
        assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION, () -> update(Optional.of("sales team"), Optional.of("d".repeat(257))));

        assertGroupUnchanged();
    }

    @ParameterizedTest
    @EnumSource(BuiltinGroup.class)
    void refuses_to_rename_a_builtin_group(BuiltinGroup builtin) {
        LocalGroup fixed = aBuiltinGroup(builtin).on(svm1).build();
        if (localGroups.withSid(svm1.uuid(), fixed.sid()).isEmpty()) {
            localGroups.add(fixed);
        }
        LocalGroup before = localGroups.stored(svm1.uuid(), fixed.sid());

        assertRejected(BUILTIN_GROUP_IS_FIXED, Subject.NAME,
                () -> updateLocalGroup.update(svm1.uuid().value(), builtin.sid().value(), Optional.of("renamed"), Optional.empty()));
        assertEquals(before, localGroups.stored(svm1.uuid(), fixed.sid()));
    }

    @Test
    void lets_a_builtin_group_change_its_description() {
        LocalGroupView view = updateLocalGroup.update(svm1.uuid().value(), "S-1-5-32-545", Optional.empty(), Optional.of("everyone"));

        assertEquals("BUILTIN\\Users", view.name());
        assertEquals("everyone", view.description());
    }

    @Test
    void rejects_a_sid_no_group_of_the_svm_has() {
        assertRejected(GROUP_NOT_FOUND, Subject.SID,
                () -> updateLocalGroup.update(svm1.uuid().value(), DOMAIN_SID + "-1999", Optional.of("x"), Optional.empty()));
        assertRejected(GROUP_NOT_FOUND, Subject.SID,
                () -> updateLocalGroup.update(svm1.uuid().value(), alex.sid().value(), Optional.of("x"), Optional.empty()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "group", "S-1-5-21-x"})
    void rejects_what_is_not_a_sid(String sid) {
        assertRejected(GROUP_NOT_FOUND, Subject.SID, () -> updateLocalGroup.update(svm1.uuid().value(), sid, Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void rejects_an_unknown_svm(String svmUuid) {
        assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID, () -> updateLocalGroup.update(svmUuid, GROUP_SID, Optional.of("x"), Optional.empty()));
        assertRejected(GROUP_NOT_FOUND, Subject.SVM_BY_UUID,
                () -> updateLocalGroup.update(SvmUuid.random().value(), GROUP_SID, Optional.of("x"), Optional.empty()));
    }

    @Test
    void finds_no_group_on_an_svm_without_a_cifs_server_as_get_does() {
        Svm bare = aDataSvm().named("svm3").withoutCifsServer().build();
        svms.add(bare);

        assertRejected(GROUP_NOT_FOUND, Subject.SID,
                () -> new GetLocalGroup(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers)).get(bare.uuid().value(), "S-1-5-32-545"));
        assertRejected(GROUP_NOT_FOUND, Subject.SID,
                () -> updateLocalGroup.update(bare.uuid().value(), "S-1-5-32-545", Optional.empty(), Optional.of("x")));
    }
}

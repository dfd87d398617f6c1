package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groupName;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.memberships;
import static org.gatewayusers.persistence.ontap.OntapStore.sids;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local groups repository on EclipseLink and the migrated schema, in H2. */
class JpaLocalGroupsTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final Svm svm = svm("svm1", "SMB_SERVER01");
    private final Svm otherSvm = svm("svm2", "SMB_SERVER02");
    private final LocalUser alex = user(svm, 1000, "alex");
    private final LocalUser blake = user(svm, 1001, "blake");
    private final LocalUser casey = user(svm, 1002, "casey");

    JpaLocalGroupsTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            svms(em).add(otherSvm);
            users(em).add(alex);
            users(em).add(blake);
            users(em).add(casey);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void add(LocalGroup group) {
        db.inTransaction(em -> groups(em).add(group));
    }

    private LocalGroup reload(LocalGroup group) {
        return db.fromTransaction(em -> groups(em).withSid(group.svm(), group.sid())).orElseThrow();
    }

    /** The members of a group as the membership relation holds them. */
    private Set<org.gatewayusers.domain.ontap.Sid> membersOf(LocalGroup group) {
        return db.fromTransaction(em -> memberships(em).membersOf(group.svm(), List.of(group.sid())))
                .getOrDefault(group.sid(), List.of()).stream()
                .map(member -> new org.gatewayusers.domain.ontap.Sid(member.sid()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean existsNamed(Svm on, LocalGroupName name) {
        return db.fromTransaction(em -> groups(em).existsNamed(on.uuid(), name));
    }

    @Test
    void adds_a_group_and_finds_it_by_its_sid_as_it_was() {
        LocalGroup admins = group(svm, 1003, "admins", alex, blake).describedAs("The admins");
        add(admins);

        LocalGroup reloaded = reload(admins);

        assertEquals(svm.uuid(), reloaded.svm());
        assertEquals(admins.sid(), reloaded.sid());
        assertEquals(admins.name(), reloaded.name());
        assertEquals("The admins", reloaded.description());
        assertEquals(Set.of(alex.sid(), blake.sid()), membersOf(reloaded));
    }

    @Test
    void stores_a_group_without_members_or_description() {
        LocalGroup empty = group(svm, 1003, "empty");
        add(empty);

        LocalGroup reloaded = reload(empty);

        assertNull(reloaded.description());
        assertEquals(Set.of(), membersOf(reloaded));
    }

    @Test
    void stores_one_row_per_member_in_the_membership_table() {
        add(group(svm, 1003, "admins", alex, blake));

        assertEquals(List.of(alex.sid().value(), blake.sid().value()), db.query(
                "SELECT member_sid FROM cifs_group_member WHERE svm_uuid = ? ORDER BY member_sid", svm.uuid().value()));
    }

    @Test
    void stores_the_qualified_name_and_its_upper_case_key() {
        add(group(svm, 1003, "Admins"));

        assertEquals(List.of("SMB_SERVER01\\Admins"), db.query("SELECT name FROM cifs_local_group"));
        assertEquals(List.of("SMB_SERVER01\\ADMINS"), db.query("SELECT name_key FROM cifs_local_group"));
    }

    @Test
    void keeps_the_builtin_groups_of_each_svm_apart_although_their_sids_are_the_same() {
        LocalUser otherAdministrator = user(otherSvm, 500, "Administrator");
        db.inTransaction(em -> users(em).add(otherAdministrator));
        add(LocalGroup.builtin(svm.uuid(), BuiltinGroup.ADMINISTRATORS, List.of(alex.sid())));
        add(LocalGroup.builtin(otherSvm.uuid(), BuiltinGroup.ADMINISTRATORS, List.of(otherAdministrator.sid())));

        Sid administrators = BuiltinGroup.ADMINISTRATORS.sid();
        LocalGroup ofSvm = db.fromTransaction(em -> groups(em).withSid(svm.uuid(), administrators)).orElseThrow();
        LocalGroup ofOtherSvm = db.fromTransaction(em -> groups(em).withSid(otherSvm.uuid(), administrators)).orElseThrow();

        assertEquals(LocalGroupName.builtin("Administrators"), ofSvm.name());
        assertTrue(ofSvm.name().isBuiltin());
        assertEquals(Set.of(alex.sid()), membersOf(ofSvm));
        assertEquals(Set.of(otherAdministrator.sid()), membersOf(ofOtherSvm));
    }

    @Test
    void finds_a_group_by_its_name_in_any_case() {
        LocalGroup admins = group(svm, 1003, "Admins", alex);
        add(admins);

        LocalGroup found = db.fromTransaction(em -> groups(em).named(svm.uuid(), groupName(svm, "ADMINS"))).orElseThrow();

        assertEquals(admins.sid(), found.sid());
        assertEquals("Admins", found.name().group());
        assertEquals(Set.of(alex.sid()), membersOf(found));
    }

    @Test
    void knows_a_taken_name_in_any_case_and_only_on_its_own_svm() {
        add(group(svm, 1003, "Admins"));

        assertTrue(existsNamed(svm, groupName(svm, "admins")));
        assertFalse(existsNamed(svm, groupName(svm, "others")));
        assertFalse(existsNamed(otherSvm, groupName(svm, "Admins")));
    }

    @Test
    void finds_nothing_for_a_sid_or_a_name_no_group_has() {
        add(group(svm, 1003, "admins"));

        assertTrue(db.fromTransaction(em -> groups(em).withSid(svm.uuid(), svm.sidFor(new Rid(1004)))).isEmpty());
        assertTrue(db.fromTransaction(em -> groups(em).withSid(otherSvm.uuid(), svm.sidFor(new Rid(1003)))).isEmpty());
        assertTrue(db.fromTransaction(em -> groups(em).named(svm.uuid(), groupName(svm, "others"))).isEmpty());
    }

    @Test
    void refuses_a_second_group_of_the_same_name_in_another_case_as_group_exists() {
        add(group(svm, 1003, "admins"));

        OntapRejection rejection = assertThrows(OntapRejection.class, () -> add(group(svm, 1004, "ADMINS")));

        assertEquals(OntapRejection.Reason.GROUP_EXISTS, rejection.reason());
        assertEquals(Subject.NAME, rejection.subject().orElseThrow());
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM cifs_local_group"));
    }

    @Test
    void allows_the_same_group_name_on_another_svm() {
        add(group(svm, 1003, "admins"));
        add(group(otherSvm, 1003, "admins"));

        assertEquals(List.of("2"), db.query("SELECT COUNT(*) FROM cifs_local_group"));
    }

    @Test
    void lists_the_groups_of_one_svm_in_sid_order_with_their_members() {
        add(group(svm, 1004, "second", blake));
        add(group(svm, 1003, "first", alex, casey));
        add(group(otherSvm, 1003, "elsewhere"));

        List<LocalGroup> listed = groupsOf(svm);

        assertEquals(List.of("first", "second"), listed.stream().map(group -> group.name().group()).toList());
        assertEquals(Set.of(alex.sid(), casey.sid()), membersOf(listed.get(0)));
        assertEquals(Set.of(blake.sid()), membersOf(listed.get(1)));
    }

    @Test
    void lists_nothing_for_an_svm_without_groups() {
        add(group(svm, 1003, "admins"));

        assertEquals(List.of(), groupsOf(otherSvm));
    }

    @Test
    void stores_a_new_name_and_description() {
        LocalGroup admins = group(svm, 1003, "admins", alex);
        add(admins);

        db.inTransaction(em -> groups(em).update(admins.renamed("operators", svm.cifsServer().orElseThrow().localDomain())
                .describedAs("Operators now")));

        LocalGroup reloaded = reload(admins);
        assertEquals("operators", reloaded.name().group());
        assertEquals("Operators now", reloaded.description());
        assertEquals(Set.of(alex.sid()), membersOf(reloaded));
        assertEquals(List.of("SMB_SERVER01\\OPERATORS"), db.query("SELECT name_key FROM cifs_local_group"));
    }

    @Test
    void replaces_the_members_with_the_ones_given() {
        LocalGroup admins = group(svm, 1003, "admins", alex, blake);
        add(admins);

        db.inTransaction(em -> {
            memberships(em).remove(svm.uuid(), admins.sid(), sids(alex));
            memberships(em).add(svm.uuid(), admins.sid(), sids(casey));
        });

        assertEquals(Set.of(blake.sid(), casey.sid()), membersOf(reload(admins)));
    }

    @Test
    void stores_a_group_that_loses_all_its_members() {
        LocalGroup admins = group(svm, 1003, "admins", alex, blake);
        add(admins);

        db.inTransaction(em -> memberships(em).remove(svm.uuid(), admins.sid(), sids(alex, blake)));

        assertEquals(Set.of(), membersOf(reload(admins)));
        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM cifs_group_member"));
    }

    @Test
    void stores_members_added_to_a_group_that_had_none() {
        LocalGroup admins = group(svm, 1003, "admins");
        add(admins);

        db.inTransaction(em -> memberships(em).add(svm.uuid(), admins.sid(), sids(alex, blake, casey, alex)));

        assertEquals(Set.of(alex.sid(), blake.sid(), casey.sid()), membersOf(reload(admins)));
    }

    @Test
    void refuses_a_rename_onto_another_groups_name_as_group_exists_and_keeps_the_old_name() {
        LocalGroup admins = group(svm, 1003, "admins");
        add(admins);
        add(group(svm, 1004, "operators"));

        OntapRejection rejection = assertThrows(OntapRejection.class, () -> db.inTransaction(em -> groups(em)
                .update(admins.renamed("OPERATORS", svm.cifsServer().orElseThrow().localDomain()))));

        assertEquals(OntapRejection.Reason.GROUP_EXISTS, rejection.reason());
        assertEquals("admins", reload(admins).name().group());
    }

    @Test
    void allows_a_group_to_be_renamed_to_another_case_of_its_own_name() {
        LocalGroup admins = group(svm, 1003, "admins");
        add(admins);

        db.inTransaction(em -> groups(em).update(admins.renamed("Admins", svm.cifsServer().orElseThrow().localDomain())));

        assertEquals("Admins", reload(admins).name().group());
    }

    @Test
    void removes_a_group_with_its_members_but_not_the_users() {
        LocalGroup admins = group(svm, 1003, "admins", alex, blake);
        add(admins);
        add(group(svm, 1004, "operators", alex));

        db.inTransaction(em -> groups(em).remove(admins));

        assertTrue(db.fromTransaction(em -> groups(em).withSid(svm.uuid(), admins.sid())).isEmpty());
        assertEquals(List.of(alex.sid().value()), db.query("SELECT member_sid FROM cifs_group_member"));
        assertEquals(List.of("3"), db.query("SELECT COUNT(*) FROM cifs_local_user"));
    }

    @Test
    void removes_only_the_group_of_its_own_svm() {
        add(group(svm, 1003, "admins"));
        LocalGroup elsewhere = group(otherSvm, 1003, "admins");
        add(elsewhere);

        db.inTransaction(em -> groups(em).remove(elsewhere));

        assertEquals(1, groupsOf(svm).size());
    }

    /** The groups of one SVM in SID order, read as the port's implementation maps them. */
    private List<LocalGroup> groupsOf(Svm of) {
        return db.fromTransaction(em -> em.createQuery(
                        "SELECT g FROM LocalGroupEntity g WHERE g.svmUuid = :svm ORDER BY g.sid", LocalGroupEntity.class)
                .setParameter("svm", of.uuid().value()).getResultStream().map(LocalGroupMapper::toDomain).toList());
    }
}

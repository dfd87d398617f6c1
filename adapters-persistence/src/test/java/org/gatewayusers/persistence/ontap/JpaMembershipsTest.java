package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.memberships;
import static org.gatewayusers.persistence.ontap.OntapStore.sids;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.ontap.LocalUserView;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The membership relation as rows of its own: written a row at a time, read for a page at once. */
class JpaMembershipsTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final Svm svm = svm("vs1", "SMB01");
    private final LocalUser alex = user(svm, 1000, "alex");
    private final LocalUser blake = user(svm, 1001, "blake");
    private final LocalUser casey = user(svm, 1002, "casey");
    private final LocalGroup staff = group(svm, 2000, "staff", alex);
    private final LocalGroup admins = group(svm, 2001, "admins");

    JpaMembershipsTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            List.of(alex, blake, casey).forEach(users(em)::add);
            groups(em).add(staff);
            groups(em).add(admins);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private List<String> rows() {
        return db.query("SELECT group_sid || ' ' || member_sid FROM cifs_group_member ORDER BY 1");
    }

    private static String row(LocalGroup group, LocalUser user) {
        return group.sid().value() + " " + user.sid().value();
    }

    @Test
    void reads_the_groups_of_a_page_of_users_by_group_name() {
        db.inTransaction(em -> memberships(em).add(svm.uuid(), admins.sid(), sids(alex, blake)));

        Map<Sid, List<LocalUserView.Membership>> groups = db.fromTransaction(em -> memberships(em)
                .groupsOf(svm.uuid(), sids(alex, blake, casey)));

        assertEquals(List.of(new LocalUserView.Membership("SMB01\\admins", admins.sid().value()),
                new LocalUserView.Membership("SMB01\\staff", staff.sid().value())), groups.get(alex.sid()));
        assertEquals(List.of(new LocalUserView.Membership("SMB01\\admins", admins.sid().value())),
                groups.get(blake.sid()));
        assertFalse(groups.containsKey(casey.sid()));
    }

    @Test
    void reads_the_members_of_groups_by_user_name() {
        db.inTransaction(em -> memberships(em).add(svm.uuid(), staff.sid(), sids(casey, blake)));

        Map<Sid, List<LocalGroupView.Member>> members = db.fromTransaction(em -> memberships(em)
                .membersOf(svm.uuid(), List.of(staff.sid(), admins.sid())));

        assertEquals(List.of("SMB01\\alex", "SMB01\\blake", "SMB01\\casey"),
                members.get(staff.sid()).stream().map(LocalGroupView.Member::name).toList());
        assertFalse(members.containsKey(admins.sid()));
    }

    @Test
    void adds_a_member_once_and_touches_no_other_row() {
        db.inTransaction(em -> memberships(em).add(svm.uuid(), staff.sid(), sids(alex, blake, blake)));

        assertEquals(List.of(row(staff, alex), row(staff, blake)), rows());
        boolean inStaff = db.fromTransaction(em -> memberships(em).isMember(svm.uuid(), staff.sid(), blake.sid()));
        boolean inAdmins = db.fromTransaction(em -> memberships(em).isMember(svm.uuid(), admins.sid(), blake.sid()));
        assertTrue(inStaff);
        assertFalse(inAdmins);
    }

    @Test
    void replaces_the_groups_of_one_user_and_removes_a_user_from_all() {
        db.inTransaction(em -> memberships(em).add(svm.uuid(), staff.sid(), sids(blake)));

        db.inTransaction(em -> memberships(em).replaceGroupsOf(svm.uuid(), alex.sid(), List.of(admins.sid())));
        assertEquals(List.of(row(staff, blake), row(admins, alex)).stream().sorted().toList(), rows());

        db.inTransaction(em -> memberships(em).removeUser(svm.uuid(), alex.sid()));
        db.inTransaction(em -> memberships(em).remove(svm.uuid(), staff.sid(), sids(blake, casey)));
        assertEquals(List.of(), rows());
    }

    @Test
    void renaming_a_group_leaves_its_member_rows_alone() {
        db.inTransaction(em -> groups(em).update(staff.renamed("people", svm.cifsServer().orElseThrow().localDomain())));

        assertEquals(List.of(row(staff, alex)), rows());
    }
}

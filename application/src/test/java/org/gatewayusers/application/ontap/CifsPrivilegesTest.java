package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGES_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGE_HOLDER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGE_UNKNOWN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_FOUND;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.junit.jupiter.api.Test;

/** {@code /api/protocols/cifs/users-and-groups/privileges}: list, add, change. */
class CifsPrivilegesTest {

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalGroup backup = aLocalGroup().on(svm1).named("backup").withRid(1001).build();
    private final InMemorySvms svms = new InMemorySvms(svm1);
    private final InMemoryLocalUsers users = new InMemoryLocalUsers(alex);
    private final InMemoryLocalGroups groups = new InMemoryLocalGroups(backup,
            aBuiltinGroup(BuiltinGroup.ADMINISTRATORS).on(svm1).build());
    private final InMemoryCifsPrivileges privileges = new InMemoryCifsPrivileges();
    private final AddCifsPrivileges add = new AddCifsPrivileges(svms, users, groups, privileges);
    private final ChangeCifsPrivileges change = new ChangeCifsPrivileges(svms, users, groups, privileges);
    private final ListCifsPrivileges list = new ListCifsPrivileges(svms, users, groups, privileges);

    private static SvmSelector svm1() {
        return SvmSelector.of(null, "svm1");
    }

    @Test
    void grants_privileges_to_a_user_named_short_and_adds_to_them() {
        CifsPrivilegeView first = add.add(svm1(), "alex", List.of("SeBackupPrivilege"));
        assertEquals("SMB_SERVER01\\alex", first.name());
        assertEquals(List.of("SeBackupPrivilege"), first.privileges());

        CifsPrivilegeView second = add.add(svm1(), "SMB_SERVER01\\alex", List.of("serestoreprivilege", "SeBackupPrivilege"));
        assertEquals(List.of("SeBackupPrivilege", "SeRestorePrivilege"), second.privileges());
        assertEquals(Set.of(CifsPrivilege.SE_BACKUP, CifsPrivilege.SE_RESTORE), privileges.of(svm1.uuid(), alex.sid()));
    }

    @Test
    void grants_privileges_to_local_and_builtin_groups() {
        add.add(svm1(), "SMB_SERVER01\\backup", List.of("SeTakeOwnershipPrivilege"));
        add.add(svm1(), "BUILTIN\\Administrators", List.of("SeSecurityPrivilege", "SeTcbPrivilege", "SeChangeNotifyPrivilege"));

        List<CifsPrivilegeView> all = list.list();
        assertEquals(2, all.size());
        assertTrue(all.stream().anyMatch(view -> view.name().equals("SMB_SERVER01\\backup")
                && view.privileges().equals(List.of("SeTakeOwnershipPrivilege"))), all::toString);
        assertTrue(all.stream().anyMatch(view -> view.name().equals("BUILTIN\\Administrators")
                && view.privileges().equals(List.of("SeTcbPrivilege", "SeSecurityPrivilege", "SeChangeNotifyPrivilege"))),
                all::toString);
        assertTrue(all.stream().allMatch(view -> view.svmName().equals("svm1")));
    }

    @Test
    void a_change_replaces_the_privileges() {
        add.add(svm1(), "alex", List.of("SeBackupPrivilege", "SeRestorePrivilege"));
        CifsPrivilegeView changed = change.change(svm1.uuid().value(), "SMB_SERVER01\\alex", List.of("SeTcbPrivilege"));
        assertEquals(List.of("SeTcbPrivilege"), changed.privileges());
        assertEquals(Set.of(CifsPrivilege.SE_TCB), privileges.of(svm1.uuid(), alex.sid()));
    }

    @Test
    void refuses_unknown_privileges_none_and_unknown_holders() {
        assertRejected(PRIVILEGE_UNKNOWN, Subject.PRIVILEGES, () -> add.add(svm1(), "alex", List.of("SeDebugPrivilege")));
        assertRejected(PRIVILEGES_MISSING, Subject.PRIVILEGES, () -> add.add(svm1(), "alex", List.of()));
        assertRejected(PRIVILEGE_HOLDER_NOT_FOUND, Subject.NAME, () -> add.add(svm1(), "nobody", List.of("SeTcbPrivilege")));
        assertRejected(SVM_NOT_FOUND, Subject.SVM_BY_NAME, () -> add.add(SvmSelector.of(null, "svm9"), "alex", List.of("SeTcbPrivilege")));
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID,
                () -> change.change("11111111-2222-3333-4444-555555555555", "alex", List.of("SeTcbPrivilege")));
        assertEquals(List.of(), list.list(), "nothing granted");
    }
}

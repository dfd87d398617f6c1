package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGES_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGE_UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CifsPrivilegeTest {

    @ParameterizedTest
    @ValueSource(strings = {"SeTcbPrivilege", "SeBackupPrivilege", "SeRestorePrivilege", "SeTakeOwnershipPrivilege",
            "SeSecurityPrivilege", "SeChangeNotifyPrivilege"})
    void knows_the_privileges_ontap_grants_by_their_windows_names(String name) {
        assertEquals(name, CifsPrivilege.parse(name).windowsName());
        assertEquals(CifsPrivilege.parse(name), CifsPrivilege.parse(name.toUpperCase(java.util.Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SeDebugPrivilege", "", "Backup", "SeTcb"})
    void refuses_any_other_privilege(String name) {
        assertRejected(PRIVILEGE_UNKNOWN, Subject.PRIVILEGES, () -> CifsPrivilege.parse(name));
    }

    @Test
    void a_request_names_at_least_one_and_a_repeated_one_counts_once() {
        assertEquals(EnumSet.of(CifsPrivilege.SE_TCB, CifsPrivilege.SE_BACKUP),
                CifsPrivilege.parseAll(List.of("SeTcbPrivilege", "SeBackupPrivilege", "setcbprivilege")));
        assertRejected(PRIVILEGES_MISSING, Subject.PRIVILEGES, () -> CifsPrivilege.parseAll(List.of()));
        assertRejected(PRIVILEGES_MISSING, Subject.PRIVILEGES, () -> CifsPrivilege.parseAll(null));
        assertEquals(6, Set.of(CifsPrivilege.values()).size());
    }
}

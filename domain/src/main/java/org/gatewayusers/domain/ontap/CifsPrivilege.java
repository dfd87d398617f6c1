package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGE_UNKNOWN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGES_MISSING;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;

/**
 * The Windows privileges that ONTAP lets an SVM grant to its local users and groups
 * ({@code vserver cifs users-and-groups privilege}), under their Windows names.
 */
public enum CifsPrivilege {
    SE_TCB("SeTcbPrivilege"),
    SE_BACKUP("SeBackupPrivilege"),
    SE_RESTORE("SeRestorePrivilege"),
    SE_TAKE_OWNERSHIP("SeTakeOwnershipPrivilege"),
    SE_SECURITY("SeSecurityPrivilege"),
    SE_CHANGE_NOTIFY("SeChangeNotifyPrivilege");

    private final String windowsName;

    CifsPrivilege(String windowsName) {
        this.windowsName = windowsName;
    }

    public String windowsName() {
        return windowsName;
    }

    /** A privilege by its Windows name, in any case; another name is {@code PRIVILEGE_UNKNOWN}. */
    public static CifsPrivilege parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (CifsPrivilege privilege : values()) {
            if (privilege.windowsName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return privilege;
            }
        }
        throw new OntapRejection(PRIVILEGE_UNKNOWN, Subject.PRIVILEGES, name);
    }

    /** The privileges a request names: at least one, each known; naming one twice grants it once. */
    public static Set<CifsPrivilege> parseAll(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new OntapRejection(PRIVILEGES_MISSING, Subject.PRIVILEGES);
        }
        Set<CifsPrivilege> privileges = EnumSet.noneOf(CifsPrivilege.class);
        names.forEach(name -> privileges.add(parse(name)));
        return privileges;
    }
}

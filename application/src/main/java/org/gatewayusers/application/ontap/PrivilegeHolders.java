package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PRIVILEGE_HOLDER_NOT_FOUND;

import java.util.Optional;
import java.util.Set;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;

/** Finds the local user or group that privileges are granted to, by name (short, qualified or BUILTIN) or SID. */
final class PrivilegeHolders {

    private final OntapLookups lookups;
    private final LocalUsers users;
    private final LocalGroups groups;
    private final CifsPrivileges privileges;

    PrivilegeHolders(Svms svms, LocalUsers users, LocalGroups groups, CifsPrivileges privileges) {
        this.lookups = new OntapLookups(svms, users, groups);
        this.users = users;
        this.groups = groups;
        this.privileges = privileges;
    }

    /** A holder and its qualified name. */
    record Found(CifsPrivileges.Holder holder, String name) {
    }

    Found require(Svm svm, String nameOrSid) {
        CifsServer server = svm.requireAcceptsLocalUsers();
        return lookups.userNamed(svm, server, nameOrSid)
                .map(user -> new Found(new CifsPrivileges.Holder(svm.uuid(), user.sid(), false), user.name().qualified()))
                .or(() -> group(svm, server, nameOrSid))
                .orElseThrow(() -> new OntapRejection(PRIVILEGE_HOLDER_NOT_FOUND, Subject.NAME, nameOrSid));
    }

    private Optional<Found> group(Svm svm, CifsServer server, String nameOrSid) {
        return lookups.groupNamed(svm, server, nameOrSid)
                .map(group -> new Found(new CifsPrivileges.Holder(svm.uuid(), group.sid(), true),
                        group.name().qualified()));
    }

    /** The qualified name of a holder that is still there. */
    Optional<String> nameOf(Svm svm, Sid sid) {
        return users.withSid(svm.uuid(), sid).map(user -> user.name().qualified())
                .or(() -> groups.withSid(svm.uuid(), sid).map(group -> group.name().qualified()));
    }

    CifsPrivilegeView view(Svm svm, String name, Set<CifsPrivilege> granted) {
        return new CifsPrivilegeView(svm.uuid().value(), svm.name().value(), name,
                granted.stream().sorted().map(CifsPrivilege::windowsName).toList());
    }

    CifsPrivileges privileges() {
        return privileges;
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;

import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.Svm;

/**
 * {@code PATCH /api/protocols/cifs/users-and-groups/privileges/{svm.uuid}/{name}}: the holder's privileges become
 * exactly those given.
 */
public final class ChangeCifsPrivileges {

    private final OntapLookups lookups;
    private final PrivilegeHolders holders;

    public ChangeCifsPrivileges(Svms svms, LocalUsers users, LocalGroups groups, CifsPrivileges privileges) {
        this.lookups = new OntapLookups(svms, users, groups);
        this.holders = new PrivilegeHolders(svms, users, groups, privileges);
    }

    public CifsPrivilegeView change(String svmUuid, String name, List<String> privileges) {
        Set<CifsPrivilege> granted = CifsPrivilege.parseAll(privileges);
        Svm svm = lookups.svmOfPath(svmUuid, PATH_ENTRY_NOT_FOUND);
        PrivilegeHolders.Found holder = holders.require(svm, name);
        holders.privileges().replace(holder.holder(), granted);
        return holders.view(svm, holder.name(), granted);
    }
}

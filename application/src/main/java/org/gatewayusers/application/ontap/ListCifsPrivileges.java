package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.Svm;

/** {@code GET /api/protocols/cifs/users-and-groups/privileges}: every local user and group that holds privileges. */
public final class ListCifsPrivileges {

    private final Svms svms;
    private final PrivilegeHolders holders;

    public ListCifsPrivileges(Svms svms, LocalUsers users, LocalGroups groups, CifsPrivileges privileges) {
        this.svms = svms;
        this.holders = new PrivilegeHolders(svms, users, groups, privileges);
    }

    public List<CifsPrivilegeView> list() {
        List<CifsPrivilegeView> views = new ArrayList<>();
        for (CifsPrivileges.Grant grant : holders.privileges().all()) {
            Optional<Svm> svm = svms.withUuid(grant.svm());
            svm.flatMap(s -> holders.nameOf(s, grant.sid()))
                    .ifPresent(name -> views.add(holders.view(svm.get(), name, grant.privileges())));
        }
        return views;
    }
}

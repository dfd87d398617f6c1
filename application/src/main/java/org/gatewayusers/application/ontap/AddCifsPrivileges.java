package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;

/**
 * {@code POST /api/protocols/cifs/users-and-groups/privileges}: grants privileges to a local user or group of an
 * SVM, in addition to those it holds.
 */
public final class AddCifsPrivileges {

    private final SvmLocator svmLocator;
    private final PrivilegeHolders holders;

    public AddCifsPrivileges(Svms svms, LocalUsers users, LocalGroups groups, CifsPrivileges privileges) {
        this.svmLocator = new SvmLocator(svms);
        this.holders = new PrivilegeHolders(svms, users, groups, privileges);
    }

    public CifsPrivilegeView add(SvmSelector svmSelector, String name, List<String> privileges) {
        Set<CifsPrivilege> added = CifsPrivilege.parseAll(privileges);
        Svm svm = svmLocator.require(svmSelector);
        PrivilegeHolders.Found holder = holders.require(svm, name);
        holders.privileges().add(holder.holder(), added);
        return holders.view(svm, holder.name(), holders.privileges().of(svm.uuid(), holder.holder().sid()));
    }
}

package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Set;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The privileges granted to the local users and groups of SVMs: one relation, kept behind this port alone. A holder
 * that is deleted loses its privileges with it (the store cascades).
 */
public interface CifsPrivileges {

    /** Who holds privileges: a local user or a local group of an SVM. */
    record Holder(SvmUuid svm, Sid sid, boolean group) {
    }

    /** One holder and its privileges. */
    record Grant(SvmUuid svm, Sid sid, Set<CifsPrivilege> privileges) {

        public Grant {
            privileges = Set.copyOf(privileges);
        }
    }

    /** The privileges of one holder; empty when it holds none. */
    Set<CifsPrivilege> of(SvmUuid svm, Sid sid);

    /** Every holder with at least one privilege, by SVM and SID. */
    List<Grant> all();

    /** Grants these privileges too; those already held stay once (a row per holder and privilege). */
    void add(Holder holder, Set<CifsPrivilege> privileges);

    /** Makes the holder's privileges exactly these (none: it holds no privilege any more). */
    void replace(Holder holder, Set<CifsPrivilege> privileges);
}

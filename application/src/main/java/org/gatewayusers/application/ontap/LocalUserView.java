package org.gatewayusers.application.ontap;

import java.util.List;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;

/** What a client may see of a local user: everything but its credential, with the groups it belongs to. */
public record LocalUserView(String svmUuid, String svmName, String name, String fullName, String description,
        boolean accountDisabled, String sid, List<Membership> membership) {

    public record Membership(String name, String sid) {
    }

    /** The view of a user with its groups, as {@link Memberships} gives them. */
    static LocalUserView withGroups(LocalUser user, Svm svm, List<Membership> membership) {
        return new LocalUserView(svm.uuid().value(), svm.name().value(), user.name().qualified(), user.fullName(),
                user.description(), user.accountDisabled(), user.sid().value(), membership);
    }
}

package org.gatewayusers.application.ontap;

import java.util.List;
import org.gatewayusers.domain.ontap.GroupMembership;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;

/** What a client may see of a local user: everything but its credential. */
public record LocalUserView(String svmUuid, String svmName, String name, String fullName, String description,
        boolean accountDisabled, String sid, List<Membership> membership) {

    public record Membership(String name, String sid) {
    }

    static LocalUserView of(LocalUser user, Svm svm) {
        return new LocalUserView(svm.uuid().value(), svm.name().value(), user.name().qualified(), user.fullName(),
                user.description(), user.accountDisabled(), user.sid().value(),
                user.membership().stream().map(LocalUserView::membershipOf).toList());
    }

    private static Membership membershipOf(GroupMembership group) {
        return new Membership(group.name(), group.sid().value());
    }
}

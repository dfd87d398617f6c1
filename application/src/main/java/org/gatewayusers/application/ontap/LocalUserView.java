package org.gatewayusers.application.ontap;

import java.util.Comparator;
import java.util.List;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;

/** What a client may see of a local user: everything but its credential, with the groups it belongs to. */
public record LocalUserView(String svmUuid, String svmName, String name, String fullName, String description,
        boolean accountDisabled, String sid, List<Membership> membership) {

    public record Membership(String name, String sid) {
    }

    /** The view of a user among the groups of its SVM. */
    static LocalUserView of(LocalUser user, Svm svm, List<LocalGroup> groupsOfSvm) {
        return new LocalUserView(svm.uuid().value(), svm.name().value(), user.name().qualified(), user.fullName(),
                user.description(), user.accountDisabled(), user.sid().value(),
                groupsOfSvm.stream()
                        .filter(group -> group.hasMember(user.sid()))
                        .sorted(Comparator.comparing(group -> group.name().key()))
                        .map(group -> new Membership(group.name().qualified(), group.sid().value()))
                        .toList());
    }
}

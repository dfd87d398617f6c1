package org.gatewayusers.application.ontap;

import java.util.List;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.Svm;

/** What a client may see of a local group, with its members by name. */
public record LocalGroupView(String svmUuid, String svmName, String name, String description, String sid,
        List<Member> members) {

    public record Member(String name, String sid) {
    }

    /** The view of a group with its members, as {@link Memberships} gives them. */
    static LocalGroupView withMembers(LocalGroup group, Svm svm, List<Member> members) {
        return new LocalGroupView(svm.uuid().value(), svm.name().value(), group.name().qualified(), group.description(),
                group.sid().value(), members);
    }
}

package org.gatewayusers.application.ontap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;

/** What a client may see of a local group, with its members by name. */
public record LocalGroupView(String svmUuid, String svmName, String name, String description, String sid,
        List<Member> members) {

    public record Member(String name, String sid) {
    }

    /** The view of a group among the users of its SVM. */
    static LocalGroupView of(LocalGroup group, Svm svm, List<LocalUser> usersOfSvm) {
        Map<String, LocalUser> bySid = usersOfSvm.stream().collect(Collectors.toMap(u -> u.sid().value(), Function.identity()));
        return new LocalGroupView(svm.uuid().value(), svm.name().value(), group.name().qualified(), group.description(),
                group.sid().value(),
                group.members().stream()
                        .map(sid -> bySid.get(sid.value()))
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(user -> user.name().key()))
                        .map(user -> new Member(user.name().qualified(), user.sid().value()))
                        .toList());
    }
}

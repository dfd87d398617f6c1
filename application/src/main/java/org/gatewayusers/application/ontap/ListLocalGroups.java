package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the local groups of one SVM, or of every SVM, each with its members. */
public final class ListLocalGroups {

    private final Svms svms;
    private final LocalGroups localGroups;
    private final Memberships memberships;

    public ListLocalGroups(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.svms = svms;
        this.localGroups = localGroups;
        this.memberships = memberships;
    }

    public List<LocalGroupView> list(Optional<String> svmUuid) {
        Stream<Svm> scope = svmUuid.isPresent()
                ? SvmUuid.parse(svmUuid.get()).flatMap(svms::withUuid).stream()
                : svms.all().stream();
        return scope.filter(svm -> svm.cifsServer().isPresent()).flatMap(this::groupsOf).toList();
    }

    private Stream<LocalGroupView> groupsOf(Svm svm) {
        var groups = localGroups.ofSvm(svm.uuid());
        var members = memberships.membersOf(svm.uuid(), groups.stream().map(group -> group.sid()).toList());
        return groups.stream().map(group -> LocalGroupView.withMembers(group, svm,
                members.getOrDefault(group.sid(), List.of())));
    }
}

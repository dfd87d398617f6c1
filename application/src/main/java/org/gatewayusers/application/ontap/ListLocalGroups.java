package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the local groups of one SVM, or of every SVM, each with its members. */
public final class ListLocalGroups {

    private final Svms svms;
    private final LocalUsers localUsers;
    private final LocalGroups localGroups;

    public ListLocalGroups(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.svms = svms;
        this.localUsers = localUsers;
        this.localGroups = localGroups;
    }

    public List<LocalGroupView> list(Optional<String> svmUuid) {
        Stream<Svm> scope = svmUuid.isPresent()
                ? SvmUuid.parse(svmUuid.get()).flatMap(svms::withUuid).stream()
                : svms.all().stream();
        return scope.filter(svm -> svm.cifsServer().isPresent()).flatMap(this::groupsOf).toList();
    }

    private Stream<LocalGroupView> groupsOf(Svm svm) {
        var users = localUsers.ofSvm(svm.uuid());
        return localGroups.ofSvm(svm.uuid()).stream().map(group -> LocalGroupView.of(group, svm, users));
    }
}

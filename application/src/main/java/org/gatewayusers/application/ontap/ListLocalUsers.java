package org.gatewayusers.application.ontap;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;

/** Lists the local users of one SVM, or of every SVM, each with its group membership. */
public final class ListLocalUsers {

    private final Svms svms;
    private final LocalUsers localUsers;
    private final LocalGroups localGroups;

    public ListLocalUsers(Svms svms, LocalUsers localUsers, LocalGroups localGroups) {
        this.svms = svms;
        this.localUsers = localUsers;
        this.localGroups = localGroups;
    }

    /** {@code svmUuid} narrows the list to one SVM; an unknown UUID lists nothing. */
    public List<LocalUserView> list(Optional<String> svmUuid) {
        Stream<Svm> scope = svmUuid.isPresent()
                ? SvmUuid.parse(svmUuid.get()).flatMap(svms::withUuid).stream()
                : svms.all().stream();
        return scope.filter(svm -> svm.cifsServer().isPresent()).flatMap(this::usersOf).toList();
    }

    private Stream<LocalUserView> usersOf(Svm svm) {
        var groups = localGroups.ofSvm(svm.uuid());
        return localUsers.ofSvm(svm.uuid()).stream().map(user -> LocalUserView.of(user, svm, groups));
    }
}

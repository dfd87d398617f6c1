package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_EXISTS;

import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;

/** Creates a local group in the SVM's local domain; groups and users share the SVM's RIDs. */
public final class CreateLocalGroup {

    private final SvmLocator svms;
    private final OntapLookups lookups;
    private final LocalGroups localGroups;
    private final Memberships memberships;
    private final Rids rids;

    public CreateLocalGroup(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships, Rids rids) {
        this.svms = new SvmLocator(svms);
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.localGroups = localGroups;
        this.memberships = memberships;
        this.rids = rids;
    }

    public LocalGroupView create(CreateLocalGroupCommand command) {
        Svm svm = svms.require(command.svm());
        CifsServer server = svm.requireAcceptsLocalUsers();
        LocalGroupName name = LocalGroupName.parse(command.name(), server.localDomain());
        // a name taken before is refused here; of two creates of one name at the same moment, the store's uniqueness
        // of names lets one through and refuses the other as GROUP_EXISTS (LocalGroups.add)
        if (localGroups.existsNamed(svm.uuid(), name)) {
            throw new OntapRejection(GROUP_EXISTS, Subject.NAME);
        }
        var members = command.members().stream().map(member -> lookups.member(svm, server, member).sid()).toList();
        Rid rid = rids.next(svm.uuid());
        Sid sid = svm.sidFor(rid);
        LocalGroup group = LocalGroup.create(svm.uuid(), name, Texts.noneIfEmpty(command.description()), sid)
                .withMembers(members);
        localGroups.add(group);
        return LocalGroupView.withMembers(group, svm, memberships.membersOf(svm.uuid(), java.util.List.of(sid))
                .getOrDefault(sid, java.util.List.of()));
    }
}

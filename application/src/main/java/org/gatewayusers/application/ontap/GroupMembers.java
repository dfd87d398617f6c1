package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.GROUP_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.MEMBERS_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.MEMBER_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;

import java.util.List;
import org.gatewayusers.application.shared.RecordPage;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;

/**
 * The members of one local group: {@code GET/POST/DELETE .../local-groups/{svm.uuid}/{sid}/members}
 * and {@code GET/DELETE .../members/{name}}. Members are named as users are, short, qualified or by SID.
 */
public final class GroupMembers {

    private final OntapLookups lookups;
    private final Memberships memberships;

    public GroupMembers(Svms svms, LocalUsers localUsers, LocalGroups localGroups, Memberships memberships) {
        this.lookups = new OntapLookups(svms, localUsers, localGroups);
        this.memberships = memberships;
    }

    public List<LocalGroupView.Member> list(String svmUuid, String groupSid) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, groupSid);
        return memberships.membersOf(svm.uuid(), List.of(group.sid())).getOrDefault(group.sid(), List.of());
    }

    /**
     * The page of the group's members a query asks for, in its order, after its position: one read of the
     * membership for the page. An unknown SVM or group is {@code GROUP_NOT_FOUND}.
     */
    public RecordPage<LocalGroupView.Member> page(String svmUuid, String groupSid, RecordQuery<GroupMemberField> query) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, groupSid);
        return RecordPage.ofOneMore(memberships.members(svm.uuid(), group.sid(), query.withLimit(query.limit() + 1)),
                query.limit());
    }

    /** How many of the group's members the query's filters match. */
    public long count(String svmUuid, String groupSid, RecordQuery<GroupMemberField> query) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, groupSid);
        return memberships.countMembers(svm.uuid(), group.sid(), query);
    }

    public LocalGroupView.Member get(String svmUuid, String groupSid, String member) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, groupSid);
        CifsServer server = svm.requireAcceptsLocalUsers();
        return lookups.userNamed(svm, server, member)
                .filter(user -> memberships.isMember(svm.uuid(), group.sid(), user.sid()))
                .map(user -> new LocalGroupView.Member(user.name().qualified(), user.sid().value()))
                .orElseThrow(() -> new OntapRejection(PATH_ENTRY_NOT_FOUND, Subject.NAME, member));
    }

    /** Appends members; one already there stays once. */
    public void add(String svmUuid, String groupSid, List<String> members) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, groupSid);
        CifsServer server = svm.requireAcceptsLocalUsers();
        memberships.add(svm.uuid(), group.sid(), resolve(svm, server, members));
    }

    /** Removes members; naming one that is not a member is refused, and nothing is removed. */
    public void remove(String svmUuid, String groupSid, List<String> members) {
        Svm svm = lookups.svmOfPath(svmUuid, GROUP_NOT_FOUND);
        LocalGroup group = lookups.group(svm, groupSid);
        CifsServer server = svm.requireAcceptsLocalUsers();
        List<Sid> sids = resolve(svm, server, members);
        for (int i = 0; i < sids.size(); i++) {
            if (!memberships.isMember(svm.uuid(), group.sid(), sids.get(i))) {
                throw new OntapRejection(MEMBER_NOT_FOUND, Subject.NAME, members.get(i));
            }
        }
        memberships.remove(svm.uuid(), group.sid(), sids);
    }

    private List<Sid> resolve(Svm svm, CifsServer server, List<String> members) {
        if (members.isEmpty()) {
            throw new OntapRejection(MEMBERS_MISSING, Subject.NAME);
        }
        return members.stream().map(member -> lookups.member(svm, server, member).sid()).toList();
    }
}

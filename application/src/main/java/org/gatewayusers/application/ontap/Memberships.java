package org.gatewayusers.application.ontap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * Which local users belong to which local groups of an SVM: the one relation behind a user's {@code membership} and
 * a group's {@code members}, written a row at a time (a create or a rename never rewrites a group) and read for a
 * whole page with one call, not one per record. A new group's first members come with {@link LocalGroups#add}; from
 * then on they change here only.
 */
public interface Memberships {

    /** The groups of each of these users, by the group's name key, for the users that have any. */
    Map<Sid, List<LocalUserView.Membership>> groupsOf(SvmUuid svm, Collection<Sid> users);

    /** The members of each of these groups, by the user's name key, for the groups that have any. */
    Map<Sid, List<LocalGroupView.Member>> membersOf(SvmUuid svm, Collection<Sid> groups);

    /**
     * The members of one group that the query matches, in its order, after its position, at most
     * {@code query.limit()} of them: one read for the page.
     */
    List<LocalGroupView.Member> members(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query);

    /** How many members of the group the query's filters match (its position and limit aside). */
    long countMembers(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query);

    boolean isMember(SvmUuid svm, Sid group, Sid user);

    /** Adds users to a group; one already there stays once. */
    void add(SvmUuid svm, Sid group, Collection<Sid> users);

    /** Takes users out of a group; one not there is left alone. */
    void remove(SvmUuid svm, Sid group, Collection<Sid> users);

    /** Makes these groups the user's groups, and no others. */
    void replaceGroupsOf(SvmUuid svm, Sid user, Collection<Sid> groups);

    /** Takes a user out of every group (it is being deleted). */
    void removeUser(SvmUuid svm, Sid user);
}

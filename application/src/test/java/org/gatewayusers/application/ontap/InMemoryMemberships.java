package org.gatewayusers.application.ontap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.application.shared.InMemoryQueries;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

/**
 * The relation kept in the groups of an {@link InMemoryLocalGroups} (each lists its members' SIDs), named through
 * the users of an {@link InMemoryLocalUsers}: tests see a change of membership in the stored groups.
 */
public final class InMemoryMemberships implements Memberships {

    private final InMemoryLocalGroups groups;
    private final LocalUsers users;

    public InMemoryMemberships(InMemoryLocalGroups groups, LocalUsers users) {
        this.groups = groups;
        this.users = users;
    }

    @Override
    public Map<Sid, List<LocalUserView.Membership>> groupsOf(SvmUuid svm, Collection<Sid> members) {
        Map<Sid, List<LocalUserView.Membership>> of = new LinkedHashMap<>();
        groups.ofSvm(svm).stream().sorted(Comparator.comparing(group -> group.name().key())).forEach(group ->
                members.stream().filter(group::hasMember).forEach(user -> of.computeIfAbsent(user,
                        sid -> new ArrayList<>()).add(new LocalUserView.Membership(group.name().qualified(),
                        group.sid().value()))));
        return of;
    }

    @Override
    public Map<Sid, List<LocalGroupView.Member>> membersOf(SvmUuid svm, Collection<Sid> groupSids) {
        Map<Sid, List<LocalGroupView.Member>> members = new LinkedHashMap<>();
        for (Sid sid : groupSids) {
            groups.withSid(svm, sid).ifPresent(group -> {
                List<LocalGroupView.Member> named = group.members().stream()
                        .map(member -> users.withSid(svm, member))
                        .flatMap(Optional::stream)
                        .sorted(Comparator.comparing(user -> user.name().key()))
                        .map(user -> new LocalGroupView.Member(user.name().qualified(), user.sid().value()))
                        .toList();
                if (!named.isEmpty()) {
                    members.put(sid, named);
                }
            });
        }
        return members;
    }

    /** The members' names and the group's SVM UUID; the SVM's name is beyond this fake. */
    @Override
    public List<LocalGroupView.Member> members(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
        return InMemoryQueries.find(membersOf(svm, List.of(group)).getOrDefault(group, List.of()), query,
                (member, field) -> valueOf(svm, member, field));
    }

    @Override
    public long countMembers(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
        return InMemoryQueries.count(membersOf(svm, List.of(group)).getOrDefault(group, List.of()), query,
                (member, field) -> valueOf(svm, member, field));
    }

    private static List<String> valueOf(SvmUuid svm, LocalGroupView.Member member, GroupMemberField field) {
        return switch (field) {
            case NAME -> List.of(member.name());
            case SVM_UUID -> List.of(svm.value());
            case SVM_NAME -> throw new UnsupportedOperationException("the fake holds no " + field);
        };
    }

    @Override
    public boolean isMember(SvmUuid svm, Sid group, Sid user) {
        return groups.withSid(svm, group).map(stored -> stored.hasMember(user)).orElse(false);
    }

    @Override
    public void add(SvmUuid svm, Sid group, Collection<Sid> members) {
        groups.update(groups.stored(svm, group).withMembers(members));
    }

    @Override
    public void remove(SvmUuid svm, Sid group, Collection<Sid> members) {
        groups.update(groups.stored(svm, group).withoutMembers(members));
    }

    @Override
    public void replaceGroupsOf(SvmUuid svm, Sid user, Collection<Sid> wanted) {
        for (LocalGroup group : groups.ofSvm(svm)) {
            boolean shouldBe = wanted.contains(group.sid());
            if (group.hasMember(user) && !shouldBe) {
                groups.update(group.withoutMembers(List.of(user)));
            } else if (!group.hasMember(user) && shouldBe) {
                groups.update(group.withMembers(List.of(user)));
            }
        }
    }

    @Override
    public void removeUser(SvmUuid svm, Sid user) {
        groups.ofSvm(svm).stream().filter(group -> group.hasMember(user))
                .forEach(group -> groups.update(group.withoutMembers(List.of(user))));
    }
}

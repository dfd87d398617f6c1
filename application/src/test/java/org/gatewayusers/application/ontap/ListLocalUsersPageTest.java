package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;

/** A page of local users from the port's typed query, with the groups of the whole page read at once. */
class ListLocalUsersPageTest {

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid("S-1-5-21-7-8-9").build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser blake = aLocalUser().on(svm1).named("blake").withRid(1001).build();
    private final LocalUser casey = aLocalUser().on(svm1).named("casey").withRid(1002).disabled().build();
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, blake, casey);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(
            aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).withMember(blake).build(),
            aLocalGroup().on(svm1).named("group").withRid(1003).withMember(alex).build());
    private final List<Collection<Sid>> reads = new ArrayList<>();
    private final Memberships counted = new CountingMemberships(new InMemoryMemberships(localGroups, localUsers));
    private final ListLocalUsers listLocalUsers = new ListLocalUsers(new InMemorySvms(svm1), localUsers, counted);

    private static final List<RecordQuery.SortKey<LocalUserField>> BY_NAME = List.of(
            new RecordQuery.SortKey<>(LocalUserField.NAME, false), new RecordQuery.SortKey<>(LocalUserField.SID, false));

    @Test
    void gives_a_page_and_says_whether_more_follow() {
        LocalUserPage first = listLocalUsers.page(new RecordQuery<>(List.of(), BY_NAME, null, 2));

        assertEquals(List.of("SMB_SERVER01\\alex", "SMB_SERVER01\\blake"),
                first.records().stream().map(LocalUserView::name).toList());
        assertTrue(first.more());
        LocalUserPage second = listLocalUsers.page(new RecordQuery<>(List.of(), BY_NAME,
                List.of("SMB_SERVER01\\blake", blake.sid().value()), 2));
        assertEquals(List.of("SMB_SERVER01\\casey"), second.records().stream().map(LocalUserView::name).toList());
        assertFalse(second.more());
    }

    @Test
    void reads_the_groups_of_the_page_with_one_call() {
        LocalUserPage page = listLocalUsers.page(new RecordQuery<>(List.of(), BY_NAME, null, 10));

        assertEquals(List.of(List.of(alex.sid(), blake.sid(), casey.sid())), reads.stream().map(List::copyOf).toList());
        assertEquals(List.of("BUILTIN\\Users", "SMB_SERVER01\\group"),
                page.records().get(0).membership().stream().map(LocalUserView.Membership::name).toList());
        assertEquals(List.of(), page.records().get(2).membership());
    }

    @Test
    void counts_what_the_filters_match() {
        RecordQuery<LocalUserField> disabled = new RecordQuery<>(List.of(new RecordQuery.Filter<>(
                LocalUserField.ACCOUNT_DISABLED, List.of(new Alternative(false, Operator.EQUAL, "TRUE")))), BY_NAME, null, 1);

        assertEquals(1, listLocalUsers.count(disabled));
        assertEquals(List.of("SMB_SERVER01\\casey"),
                listLocalUsers.page(disabled).records().stream().map(LocalUserView::name).toList());
    }

    /** Records the users whose groups are read, call by call. */
    private final class CountingMemberships implements Memberships {

        private final Memberships delegate;

        CountingMemberships(Memberships delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<Sid, List<LocalUserView.Membership>> groupsOf(SvmUuid svm, Collection<Sid> users) {
            reads.add(users);
            return delegate.groupsOf(svm, users);
        }

        @Override
        public Map<Sid, List<LocalGroupView.Member>> membersOf(SvmUuid svm, Collection<Sid> groups) {
            return delegate.membersOf(svm, groups);
        }

        @Override
        public List<LocalGroupView.Member> members(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
            return delegate.members(svm, group, query);
        }

        @Override
        public long countMembers(SvmUuid svm, Sid group, RecordQuery<GroupMemberField> query) {
            return delegate.countMembers(svm, group, query);
        }

        @Override
        public boolean isMember(SvmUuid svm, Sid group, Sid user) {
            return delegate.isMember(svm, group, user);
        }

        @Override
        public void add(SvmUuid svm, Sid group, Collection<Sid> users) {
            delegate.add(svm, group, users);
        }

        @Override
        public void remove(SvmUuid svm, Sid group, Collection<Sid> users) {
            delegate.remove(svm, group, users);
        }

        @Override
        public void replaceGroupsOf(SvmUuid svm, Sid user, Collection<Sid> groups) {
            delegate.replaceGroupsOf(svm, user, groups);
        }

        @Override
        public void removeUser(SvmUuid svm, Sid user) {
            delegate.removeUser(svm, user);
        }
    }
}

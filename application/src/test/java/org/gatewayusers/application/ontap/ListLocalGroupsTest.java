package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aBuiltinGroup;
import static org.gatewayusers.domain.ontap.LocalGroupBuilder.aLocalGroup;
import static org.gatewayusers.domain.ontap.LocalUserBuilder.aLocalUser;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatewayusers.domain.ontap.BuiltinGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.junit.jupiter.api.Test;

/** {@code GET /api/protocols/cifs/local-groups}, before any filter of the REST edge. */
class ListLocalGroupsTest {

    private static final String DOMAIN_SID = "S-1-5-21-256008430-3394229847-3930036330";

    private final Svm svm1 = aCifsSvm().named("svm1").withCifsServer("SMB_SERVER01").withDomainSid(DOMAIN_SID).build();
    private final Svm svm2 = aCifsSvm().named("svm2").withCifsServer("SMB_SERVER02").withDomainSid("S-1-5-21-1-2-3").build();
    private final Svm bare = aDataSvm().named("svm3").withoutCifsServer().build();
    private final LocalUser alex = aLocalUser().on(svm1).named("alex").withRid(1000).build();
    private final LocalUser casey = aLocalUser().on(svm2).named("casey").withRid(1000).build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2, bare);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers(alex, casey);
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups(
            aLocalGroup().on(svm1).named("team").withRid(1003).build(),
            aLocalGroup().on(svm1).named("group").withRid(1002).withMember(alex).build(),
            aBuiltinGroup(BuiltinGroup.USERS).on(svm1).withMember(alex).build(),
            aBuiltinGroup(BuiltinGroup.USERS).on(svm2).withMember(casey).build());
    private final ListLocalGroups listLocalGroups = new ListLocalGroups(svms, localUsers, localGroups, new InMemoryMemberships(localGroups, localUsers));

    private static List<String> names(List<LocalGroupView> views) {
        return views.stream().map(view -> view.svmName() + " " + view.name()).toList();
    }


    private static final List<RecordQuery.SortKey<LocalGroupField>> BY_SID = List.of(
            new RecordQuery.SortKey<>(LocalGroupField.SVM_UUID, false), new RecordQuery.SortKey<>(LocalGroupField.SID, false));

    private RecordQuery<LocalGroupField> ofSvm1(List<Object> after, int limit) {
        return new RecordQuery<>(List.of(new RecordQuery.Filter<>(LocalGroupField.SVM_UUID,
                List.of(new RecordQuery.Alternative(false, RecordQuery.Operator.EQUAL, svm1.uuid().value())))),
                BY_SID, after, limit);
    }

    @Test
    void pages_the_groups_a_query_matches_with_their_members() {
        RecordPage<LocalGroupView> first = listLocalGroups.page(ofSvm1(null, 2), true);

        assertEquals(List.of("svm1 SMB_SERVER01\\group", "svm1 SMB_SERVER01\\team"), names(first.records()));
        assertTrue(first.more());
        assertEquals(List.of(new LocalGroupView.Member("SMB_SERVER01\\alex", DOMAIN_SID + "-1000")),
                first.records().get(0).members());
        LocalGroupView last = first.records().get(1);
        RecordPage<LocalGroupView> second = listLocalGroups.page(ofSvm1(List.of(last.svmUuid(), last.sid()), 2), true);
        assertEquals(List.of("svm1 BUILTIN\\Users"), names(second.records()));
        assertFalse(second.more());
        assertEquals(3, listLocalGroups.count(ofSvm1(null, 1)));
    }

    @Test
    void reads_no_members_for_a_page_that_does_not_show_them() {
        RecordPage<LocalGroupView> page = listLocalGroups.page(ofSvm1(null, 2), false);

        assertEquals(List.of("svm1 SMB_SERVER01\\group", "svm1 SMB_SERVER01\\team"), names(page.records()));
        assertEquals(List.of(), page.records().get(0).members());
    }
}

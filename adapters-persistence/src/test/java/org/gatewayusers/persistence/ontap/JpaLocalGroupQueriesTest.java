package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.filter;
import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.memberships;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gatewayusers.application.ontap.GroupMemberField;
import org.gatewayusers.application.ontap.LocalGroupField;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed queries of local groups and of a group's members, each answered by one SQL statement. */
class JpaLocalGroupQueriesTest {

    private final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();
    private final Svm svm = svm("vs1", "SMB01");
    private final Svm other = svm("vs2", "SMB02");
    private final LocalUser alex = user(svm, 1000, "alex");
    private final LocalUser bob = user(svm, 1001, "Bob");
    private final LocalUser carol = user(svm, 1002, "carol_1");
    private final LocalUser dave = user(other, 1003, "dave");
    private final LocalGroup administrators = builtin(svm, "Administrators", 544, alex);
    private final LocalGroup builtinUsers = builtin(svm, "Users", 545, alex, bob, carol);
    private final LocalGroup staff = group(svm, 2001, "staff", bob, carol).describedAs("the staff");
    private final LocalGroup admins = group(svm, 2000, "admins");
    private final LocalGroup otherUsers = builtin(other, "Users", 545, dave);

    JpaLocalGroupQueriesTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            svms(em).add(other);
            List.of(alex, bob, carol, dave).forEach(users(em)::add);
            List.of(administrators, builtinUsers, staff, admins, otherUsers).forEach(groups(em)::add);
        });
    }

    private static LocalGroup builtin(Svm svm, String name, int rid, LocalUser... members) {
        return LocalGroup.reconstitute(svm.uuid(), new LocalGroupName("BUILTIN", name), null,
                new Sid("S-1-5-32-" + rid), List.of(members).stream().map(LocalUser::sid).toList());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static final List<RecordQuery.SortKey<LocalGroupField>> BY_SID = List.of(
            new RecordQuery.SortKey<>(LocalGroupField.SVM_UUID, false),
            new RecordQuery.SortKey<>(LocalGroupField.SID, false));

    private String find(RecordQuery<LocalGroupField> query) {
        return String.join(",", db.fromTransaction(em -> groups(em).find(query)).stream()
                .map(group -> group.name().qualified()).toList());
    }

    private String matchingOnSvm(LocalGroupField field, String value) {
        return find(new RecordQuery<>(List.of(filter(LocalGroupField.SVM_UUID, svm.uuid().value()),
                filter(field, value)), List.of(new RecordQuery.SortKey<>(LocalGroupField.NAME, false),
                new RecordQuery.SortKey<>(LocalGroupField.SID, false)), null, 100));
    }

    @ParameterizedTest(name = "{0}={1} finds {2}")
    @CsvSource(delimiter = ';', value = {
            // a value with a backslash compares with the whole name: the BUILTIN groups by their domain
            "NAME;BUILTIN\\*;BUILTIN\\Administrators,BUILTIN\\Users",
            "NAME;builtin\\users;BUILTIN\\Users",
            "NAME;BUILTIN\\Users|SMB01\\staff;BUILTIN\\Users,SMB01\\staff",
            "NAME;users;BUILTIN\\Users",
            // a pattern without one matches the short name or, as on ONTAP, the whole name
            "NAME;BUILTIN*;BUILTIN\\Administrators,BUILTIN\\Users", "NAME;builtin*;BUILTIN\\Administrators,BUILTIN\\Users",
            "NAME;!BUILTIN*;SMB01\\admins,SMB01\\staff", "NAME;*staff;SMB01\\staff", "NAME;SMB*;SMB01\\admins,SMB01\\staff",
            "NAME;>staff;BUILTIN\\Users", "NAME;Admin*;BUILTIN\\Administrators,SMB01\\admins",
            "NAME;!BUILTIN\\*;SMB01\\admins,SMB01\\staff", "NAME;SMB01\\*;SMB01\\admins,SMB01\\staff",
            "NAME;*\\*;BUILTIN\\Administrators,BUILTIN\\Users,SMB01\\admins,SMB01\\staff", "DESCRIPTION;the*;SMB01\\staff", "DESCRIPTION;null;BUILTIN\\Administrators,BUILTIN\\Users,SMB01\\admins",
            "SID;S-1-5-32-*;BUILTIN\\Administrators,BUILTIN\\Users", "SVM_NAME;VS1;BUILTIN\\Administrators,BUILTIN\\Users,SMB01\\admins,SMB01\\staff",
            "MEMBERS_NAME;bob;BUILTIN\\Users,SMB01\\staff", "MEMBERS_NAME;SMB01\\alex;BUILTIN\\Administrators,BUILTIN\\Users",
            "MEMBERS_NAME;null;SMB01\\admins", "MEMBERS_NAME;carol*;BUILTIN\\Users,SMB01\\staff"})
    void filters_as_the_ontap_query_language_does(String field, String value, String expected) {
        assertEquals(expected, matchingOnSvm(LocalGroupField.valueOf(field), value));
    }

    @Test
    void pages_the_groups_of_an_svm_by_keyset_and_counts_them() {
        List<String> seen = new ArrayList<>();
        List<Object> after = null;
        for (int page = 0; page < 10; page++) {
            RecordQuery<LocalGroupField> query = new RecordQuery<>(List.of(filter(LocalGroupField.SVM_NAME, "vs1")),
                    BY_SID, after, 3);
            List<LocalGroup> rows = db.fromTransaction(em -> groups(em).find(query));
            rows.forEach(group -> seen.add(group.name().qualified()));
            if (rows.size() < 3) {
                break;
            }
            LocalGroup last = rows.get(rows.size() - 1);
            after = List.of(last.svm().value(), last.sid().value());
        }
        // SID order as text: S-1-5-21-... before S-1-5-32-...
        assertEquals(List.of("SMB01\\admins", "SMB01\\staff", "BUILTIN\\Administrators", "BUILTIN\\Users"), seen);
        assertEquals(2L, (long) db.fromTransaction(em -> groups(em).count(new RecordQuery<>(
                List.of(filter(LocalGroupField.SVM_UUID, svm.uuid().value()), filter(LocalGroupField.NAME, "BUILTIN\\*")),
                BY_SID, null, 0))));
        assertEquals(5L, (long) db.fromTransaction(em -> groups(em).count(new RecordQuery<>(List.of(), BY_SID, null, 0))));
    }

    private static final List<RecordQuery.SortKey<GroupMemberField>> BY_NAME = List.of(
            new RecordQuery.SortKey<>(GroupMemberField.NAME, false));

    private List<String> members(LocalGroup group, RecordQuery<GroupMemberField> query) {
        return db.fromTransaction(em -> memberships(em).members(group.svm(), group.sid(), query)).stream()
                .map(LocalGroupView.Member::name).toList();
    }

    @Test
    void pages_the_members_of_a_group_by_name() {
        assertEquals(List.of("SMB01\\alex", "SMB01\\Bob"),
                members(builtinUsers, new RecordQuery<>(List.of(), BY_NAME, null, 2)));
        assertEquals(List.of("SMB01\\carol_1"),
                members(builtinUsers, new RecordQuery<>(List.of(), BY_NAME, List.of("SMB01\\Bob"), 2)));
        assertEquals(List.of("SMB01\\carol_1", "SMB01\\Bob"), members(builtinUsers,
                new RecordQuery<>(List.of(), List.of(new RecordQuery.SortKey<>(GroupMemberField.NAME, true)),
                        null, 2)));
        assertEquals(List.of("SMB02\\dave"), members(otherUsers, new RecordQuery<>(List.of(), BY_NAME, null, 10)));
    }

    @ParameterizedTest(name = "{0}={1} finds {2}")
    @CsvSource(delimiter = ';', value = {
            "NAME;bob;SMB01\\Bob", "NAME;SMB01\\c*;SMB01\\carol_1", "NAME;!alex;SMB01\\Bob,SMB01\\carol_1",
            "SVM_NAME;vs1;SMB01\\alex,SMB01\\Bob,SMB01\\carol_1", "SVM_NAME;vs2;''", "SVM_UUID;nothing;''"})
    void filters_the_members_of_a_group(String field, String value, String expected) {
        RecordQuery<GroupMemberField> query = new RecordQuery<>(List.of(filter(GroupMemberField.valueOf(field), value)),
                BY_NAME, null, 10);
        assertEquals(expected, String.join(",", members(builtinUsers, query)));
        assertEquals(expected.isEmpty() ? 0 : expected.split(",").length, (long) db.fromTransaction(em ->
                memberships(em).countMembers(builtinUsers.svm(), builtinUsers.sid(), query)));
    }
}

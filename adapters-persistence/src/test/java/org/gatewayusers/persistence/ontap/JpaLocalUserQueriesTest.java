package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.filter;
import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed query of local users answered by one SQL statement, on H2 and the migrated schema. */
class JpaLocalUserQueriesTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final Svm svm = svm("vs1", "SMB01");
    private final Svm other = svm("vs2", "SMB02");
    private final LocalUser alex = user(svm, 1000, "alex").withFullName("Alex Smith").describedAs("ops team");
    private final LocalUser bob = user(svm, 1001, "Bob").withFullName("bob").withAccountDisabled(true);
    private final LocalUser carol = user(svm, 1002, "carol_1");
    private final LocalUser dave = user(other, 1003, "dave").describedAs("ops");

    JpaLocalUserQueriesTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            svms(em).add(other);
            List.of(alex, bob, carol, dave).forEach(users(em)::add);
            groups(em).add(group(svm, 2000, "admins", alex));
            groups(em).add(group(svm, 2001, "staff", alex, bob));
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static final List<RecordQuery.SortKey<LocalUserField>> BY_SID = List.of(
            new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false), new RecordQuery.SortKey<>(LocalUserField.SID, false));

    private String find(RecordQuery<LocalUserField> query) {
        return String.join(",", db.fromTransaction(em -> users(em).find(query)).stream()
                .map(user -> user.name().account()).toList());
    }

    private String matching(LocalUserField field, String value) {
        return find(new RecordQuery<>(List.of(filter(field, value)), List.of(new RecordQuery.SortKey<>(
                LocalUserField.NAME, false), new RecordQuery.SortKey<>(LocalUserField.SID, false)), null, 100));
    }

    @ParameterizedTest(name = "{0}={1} finds {2}")
    @CsvSource(delimiter = ';', value = {
            "NAME;alex;alex", "NAME;ALEX;alex", "NAME;SMB01\\alex;alex", "NAME;SMB02\\alex;''",
            "NAME;bob|dave;Bob,dave", "NAME;!alex;Bob,carol_1,dave", "NAME;a*;alex", "NAME;*O*;Bob,carol_1",
            "NAME;carol_*;carol_1", "NAME;carol%*;''", "NAME;SMB01\\*;alex,Bob,carol_1", "NAME;>bob;carol_1,dave",
            "NAME;<=bob;alex,Bob", "FULL_NAME;null;carol_1,dave", "FULL_NAME;!null;alex,Bob", "FULL_NAME;BOB;Bob",
            "FULL_NAME;!bob;alex,carol_1,dave", "FULL_NAME;alex*;alex", "DESCRIPTION;ops*;alex,dave",
            "ACCOUNT_DISABLED;true;Bob", "ACCOUNT_DISABLED;FALSE;alex,carol_1,dave", "ACCOUNT_DISABLED;t*;Bob",
            "ACCOUNT_DISABLED;x;''", "SVM_NAME;VS2;dave", "SVM_NAME;vs*;alex,Bob,carol_1,dave",
            "MEMBERSHIP_NAME;smb01\\staff;alex,Bob", "MEMBERSHIP_NAME;*admins;alex", "MEMBERSHIP_NAME;null;carol_1,dave",
            "MEMBERSHIP_NAME;!SMB01\\admins;Bob,carol_1,dave", "SID;s-1-5-21-*-1001;Bob"})
    void filters_as_the_ontap_query_language_does(String field, String value, String expected) {
        assertEquals(expected, matching(LocalUserField.valueOf(field), value));
    }

    @Test
    void filters_on_the_pinned_svm_by_uuid_and_by_name() {
        assertEquals("dave", matching(LocalUserField.SVM_UUID, other.uuid().value().toUpperCase()));
        assertEquals("alex,Bob,carol_1", find(new RecordQuery<>(List.of(filter(LocalUserField.SVM_NAME, "vs1")),
                BY_SID, null, 10)));
    }

    @Test
    void pages_by_keyset_in_any_order() {
        List<RecordQuery.SortKey<LocalUserField>> byFullNameDesc = List.of(
                new RecordQuery.SortKey<>(LocalUserField.FULL_NAME, true),
                new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false),
                new RecordQuery.SortKey<>(LocalUserField.SID, false));
        List<String> seen = new ArrayList<>();
        List<Object> after = null;
        for (int page = 0; page < 10; page++) {
            List<Object> position = after;
            List<LocalUser> rows = db.fromTransaction(em -> users(em).find(new RecordQuery<>(List.of(), byFullNameDesc, position, 1)));
            if (rows.isEmpty()) {
                break;
            }
            LocalUser last = rows.get(0);
            seen.add(last.name().account());
            after = Arrays.asList(last.fullName(), last.svm().value(), last.sid().value());
        }
        // descending: "bob" before "Alex Smith" (without regard to case), then those without a full name
        List<String> withoutFullName = svm.uuid().value().compareTo(other.uuid().value()) < 0
                ? List.of("carol_1", "dave") : List.of("dave", "carol_1");
        List<String> expected = new ArrayList<>(List.of("Bob", "alex"));
        expected.addAll(withoutFullName);
        assertEquals(expected, seen);
    }

    @Test
    void pages_by_name_on_one_svm_after_a_position() {
        List<RecordQuery.SortKey<LocalUserField>> byName = List.of(new RecordQuery.SortKey<>(LocalUserField.NAME, false),
                new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false),
                new RecordQuery.SortKey<>(LocalUserField.SID, false));
        assertEquals("carol_1", find(new RecordQuery<>(List.of(filter(LocalUserField.SVM_UUID, svm.uuid().value())),
                byName, Arrays.asList("SMB01\\Bob", svm.uuid().value(), bob.sid().value()), 10)));
        assertEquals("Bob,alex", find(new RecordQuery<>(List.of(), List.of(new RecordQuery.SortKey<>(LocalUserField.NAME,
                true), new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false)), Arrays.asList("SMB01\\carol_1",
                svm.uuid().value()), 10)));
    }

    @Test
    void orders_by_the_first_group_of_each_user() {
        assertEquals("carol_1,dave,alex,Bob", find(new RecordQuery<>(List.of(), List.of(
                new RecordQuery.SortKey<>(LocalUserField.MEMBERSHIP_NAME, false),
                new RecordQuery.SortKey<>(LocalUserField.NAME, false)), null, 10)));
    }

    @Test
    void counts_what_the_filters_match() {
        long count = db.fromTransaction(em -> users(em).count(new RecordQuery<>(
                List.of(filter(LocalUserField.DESCRIPTION, "!ops team")), BY_SID, null, 1)));
        assertEquals(3L, count);
    }
}

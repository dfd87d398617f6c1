package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.ontap.PlainLocalUserChanges;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk changes by query as one statement each: only the matches change, memberships go with deleted users. */
class JpaLocalUserBulkTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final Svm svm = svm("vs1", "SMB01");
    private final Svm other = svm("vs2", "SMB02");
    private final LocalUser temp1 = user(svm, 1000, "temp1").withFullName("T");
    private final LocalUser temp2 = user(svm, 1001, "temp2");
    private final LocalUser keep = user(svm, 1002, "keep");
    private final LocalUser elsewhere = user(other, 1003, "temp3");

    JpaLocalUserBulkTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            svms(em).add(other);
            List.of(temp1, temp2, keep, elsewhere).forEach(users(em)::add);
            groups(em).add(group(svm, 2000, "staff", temp1, keep));
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private RecordQuery<LocalUserField> tempsOf(Svm on) {
        return new RecordQuery<>(List.of(
                new RecordQuery.Filter<>(LocalUserField.SVM_NAME, List.of(new Alternative(false, Operator.EQUAL,
                        on.name().value()))),
                new RecordQuery.Filter<>(LocalUserField.NAME, List.of(new Alternative(false, Operator.GLOB, "temp*")))),
                List.of(), null, 1);
    }

    @Test
    void changes_the_matches_with_one_update() {
        long changed = db.fromTransaction(em -> users(em).changeAll(tempsOf(svm), new PlainLocalUserChanges(
                Optional.of(Optional.empty()), Optional.of(Optional.of("bulk")), Optional.of(true))));

        assertEquals(2L, changed);
        assertEquals(List.of("SMB01\\keep null null FALSE", "SMB01\\temp1 null bulk TRUE",
                "SMB01\\temp2 null bulk TRUE", "SMB02\\temp3 null null FALSE"), db.query(
                "SELECT name || ' ' || COALESCE(full_name, 'null') || ' ' || COALESCE(description, 'null') || ' '"
                        + " || UPPER(CAST(account_disabled AS VARCHAR)) FROM cifs_local_user ORDER BY name"));
    }

    @Test
    void deletes_the_matches_and_their_memberships_with_one_delete() {
        long deleted = db.fromTransaction(em -> users(em).removeAll(tempsOf(svm)));

        assertEquals(2L, deleted);
        assertEquals(List.of("SMB01\\keep", "SMB02\\temp3"),
                db.query("SELECT name FROM cifs_local_user ORDER BY name"));
        assertEquals(List.of(keep.sid().value()), db.query("SELECT member_sid FROM cifs_group_member"));
    }
}

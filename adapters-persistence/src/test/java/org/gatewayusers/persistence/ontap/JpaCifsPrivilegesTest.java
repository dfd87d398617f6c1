package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.privileges;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.gatewayusers.application.ontap.CifsPrivileges.Grant;
import org.gatewayusers.application.ontap.CifsPrivileges.Holder;
import org.gatewayusers.domain.ontap.CifsPrivilege;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The privileges of local users and groups on the migrated schema, in H2. */
class JpaCifsPrivilegesTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final Svm svm = svm("svm1", "SMB_SERVER01");
    private final LocalUser alex = user(svm, 1000, "alex");
    private final LocalGroup backup = group(svm, 1001, "backup");
    private final Holder alexHolds = new Holder(svm.uuid(), alex.sid(), false);
    private final Holder backupHolds = new Holder(svm.uuid(), backup.sid(), true);

    JpaCifsPrivilegesTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            users(em).add(alex);
            groups(em).add(backup);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Set<CifsPrivilege> of(Holder holder) {
        return db.fromTransaction(em -> privileges(em).of(holder.svm(), holder.sid()));
    }

    @Test
    void adds_privileges_once_and_replaces_them() {
        db.inTransaction(em -> privileges(em).add(alexHolds, Set.of(CifsPrivilege.SE_BACKUP)));
        db.inTransaction(em -> privileges(em).add(alexHolds, Set.of(CifsPrivilege.SE_BACKUP, CifsPrivilege.SE_RESTORE)));
        assertEquals(Set.of(CifsPrivilege.SE_BACKUP, CifsPrivilege.SE_RESTORE), of(alexHolds));

        db.inTransaction(em -> privileges(em).replace(alexHolds, Set.of(CifsPrivilege.SE_TCB)));
        assertEquals(Set.of(CifsPrivilege.SE_TCB), of(alexHolds));
        db.inTransaction(em -> privileges(em).replace(alexHolds, Set.of()));
        assertEquals(Set.of(), of(alexHolds));
    }

    @Test
    void lists_users_and_groups_with_their_privileges() {
        db.inTransaction(em -> {
            privileges(em).add(alexHolds, Set.of(CifsPrivilege.SE_CHANGE_NOTIFY));
            privileges(em).add(backupHolds, Set.of(CifsPrivilege.SE_TAKE_OWNERSHIP, CifsPrivilege.SE_SECURITY));
        });
        List<Grant> all = db.fromTransaction(em -> privileges(em).all());
        assertEquals(2, all.size());
        assertEquals(Set.of(new Grant(svm.uuid(), alex.sid(), Set.of(CifsPrivilege.SE_CHANGE_NOTIFY)),
                new Grant(svm.uuid(), backup.sid(), Set.of(CifsPrivilege.SE_TAKE_OWNERSHIP, CifsPrivilege.SE_SECURITY))),
                Set.copyOf(all));
    }

    @Test
    void a_deleted_holder_takes_its_privileges_with_it() {
        db.inTransaction(em -> {
            privileges(em).add(alexHolds, Set.of(CifsPrivilege.SE_TCB));
            privileges(em).add(backupHolds, Set.of(CifsPrivilege.SE_BACKUP));
        });
        db.inTransaction(em -> users(em).remove(alex));
        db.inTransaction(em -> groups(em).remove(backup));
        assertEquals(List.of(), db.fromTransaction(em -> privileges(em).all()));
    }
}

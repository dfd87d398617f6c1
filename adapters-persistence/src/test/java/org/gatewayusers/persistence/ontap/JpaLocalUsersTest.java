package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.NT_HASH;
import static org.gatewayusers.persistence.ontap.OntapStore.group;
import static org.gatewayusers.persistence.ontap.OntapStore.groups;
import static org.gatewayusers.persistence.ontap.OntapStore.name;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.gatewayusers.persistence.ontap.OntapStore.user;
import static org.gatewayusers.persistence.ontap.OntapStore.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local users repository on EclipseLink and the migrated schema, in H2. */
class JpaLocalUsersTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final Svm svm = svm("svm1", "SMB_SERVER01");
    private final Svm otherSvm = svm("svm2", "SMB_SERVER02");

    JpaLocalUsersTest() {
        db.inTransaction(em -> {
            svms(em).add(svm);
            svms(em).add(otherSvm);
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void add(LocalUser user) {
        db.inTransaction(em -> users(em).add(user));
    }

    private void add(LocalGroup group) {
        db.inTransaction(em -> groups(em).add(group));
    }

    private LocalUser reload(LocalUser user) {
        return db.fromTransaction(em -> users(em).withSid(user.svm(), user.sid())).orElseThrow();
    }

    private boolean existsNamed(Svm on, LocalUserName name) {
        return db.fromTransaction(em -> users(em).existsNamed(on.uuid(), name));
    }

    private List<String> namesOn(Svm on) {
        return db.fromTransaction(em -> em.createQuery(
                        "SELECT u FROM LocalUserEntity u WHERE u.svmUuid = :svm ORDER BY u.rid", LocalUserEntity.class)
                .setParameter("svm", on.uuid().value()).getResultStream()
                .map(user -> LocalUserMapper.toDomain(user).name().account()).toList());
    }

    @Test
    void adds_a_user_and_finds_it_by_its_sid_as_it_was() {
        LocalUser alex = user(svm, 1000, "Alex.Smith").withFullName("Alex Smith").describedAs("This is local user.")
                .withAccountDisabled(true);
        add(alex);

        LocalUser reloaded = reload(alex);

        assertEquals(svm.uuid(), reloaded.svm());
        assertEquals(alex.sid(), reloaded.sid());
        assertEquals(alex.name(), reloaded.name());
        assertEquals("Alex Smith", reloaded.fullName());
        assertEquals("This is local user.", reloaded.description());
        assertTrue(reloaded.accountDisabled());
        assertEquals(NT_HASH, reloaded.credential());
    }

    @Test
    void stores_the_rid_beside_the_sid() {
        add(user(svm, 1042, "alex"));

        assertEquals(List.of("1042"), db.query("SELECT rid FROM cifs_local_user"));
    }

    @Test
    void finds_a_user_by_its_name_in_any_case() {
        LocalUser alex = user(svm, 1000, "Alex");
        add(alex);

        LocalUser found = db.fromTransaction(em -> users(em).named(svm.uuid(), name(svm, "ALEX"))).orElseThrow();

        assertEquals(alex.sid(), found.sid());
        assertEquals("Alex", found.name().account());
    }

    @Test
    void knows_a_taken_name_in_any_case_and_only_on_its_own_svm() {
        add(user(svm, 1000, "Alex"));

        assertTrue(existsNamed(svm, name(svm, "alex")));
        assertFalse(existsNamed(svm, name(svm, "blake")));
        assertFalse(existsNamed(otherSvm, name(svm, "Alex")));
    }

    @Test
    void finds_nothing_for_a_sid_or_a_name_no_user_has() {
        add(user(svm, 1000, "alex"));

        assertTrue(db.fromTransaction(em -> users(em).withSid(svm.uuid(), svm.sidFor(new Rid(1001)))).isEmpty());
        assertTrue(db.fromTransaction(em -> users(em).withSid(otherSvm.uuid(), svm.sidFor(new Rid(1000)))).isEmpty());
        assertTrue(db.fromTransaction(em -> users(em).named(svm.uuid(), name(svm, "blake"))).isEmpty());
        assertTrue(db.fromTransaction(em -> users(em).named(otherSvm.uuid(), name(svm, "alex"))).isEmpty());
    }

    @Test
    void refuses_a_second_user_of_the_same_name_in_another_case_as_user_exists() {
        add(user(svm, 1000, "alex"));

        OntapRejection rejection = assertThrows(OntapRejection.class, () -> add(user(svm, 1001, "ALEX")));

        assertEquals(OntapRejection.Reason.USER_EXISTS, rejection.reason());
        assertEquals(Subject.NAME, rejection.subject().orElseThrow());
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM cifs_local_user"));
    }

    @Test
    void allows_the_same_user_name_on_another_svm() {
        add(user(svm, 1000, "alex"));
        add(user(otherSvm, 1000, "alex"));

        assertEquals(List.of("2"), db.query("SELECT COUNT(*) FROM cifs_local_user"));
    }

    @Test
    void lists_the_users_of_one_svm_in_rid_order() {
        add(user(svm, 1002, "casey"));
        add(user(svm, 1000, "alex"));
        add(user(svm, 500, "Administrator"));
        add(user(svm, 1001, "blake"));
        add(user(otherSvm, 1003, "elsewhere"));

        // by number: the Administrator's RID 500 comes first, although "-500" sorts after "-1000" as text
        assertEquals(List.of("Administrator", "alex", "blake", "casey"), namesOn(svm));
    }

    @Test
    void lists_nothing_for_an_svm_without_users() {
        add(user(svm, 1000, "alex"));

        assertEquals(List.of(), namesOn(otherSvm));
    }

    @Test
    void stores_every_change_to_a_user() {
        LocalUser alex = user(svm, 1000, "alex");
        add(alex);
        CredentialHash newCredential = new CredentialHash("NT", "32ED87BDB5FDC5E9CBA88547376818D4");

        db.inTransaction(em -> users(em).update(alex.renamed("Alex.Smith").withFullName("Alex Smith")
                .describedAs("Renamed.").withAccountDisabled(true).withCredential(newCredential)));

        LocalUser reloaded = reload(alex);
        assertEquals("Alex.Smith", reloaded.name().account());
        assertEquals("Alex Smith", reloaded.fullName());
        assertEquals("Renamed.", reloaded.description());
        assertTrue(reloaded.accountDisabled());
        assertEquals(newCredential, reloaded.credential());
        assertEquals(List.of("SMB_SERVER01\\ALEX.SMITH"), db.query("SELECT name_key FROM cifs_local_user"));
        assertTrue(existsNamed(svm, name(svm, "alex.smith")));
        assertFalse(existsNamed(svm, name(svm, "alex")));
    }

    @Test
    void stores_the_removal_of_the_optional_fields() {
        LocalUser alex = user(svm, 1000, "alex").withFullName("Alex Smith").describedAs("Local user.");
        add(alex);

        db.inTransaction(em -> users(em).update(alex.withFullName(null).describedAs(null)));

        LocalUser reloaded = reload(alex);
        assertNull(reloaded.fullName());
        assertNull(reloaded.description());
    }

    @Test
    void refuses_a_rename_onto_another_users_name_as_user_exists_and_keeps_the_old_name() {
        LocalUser alex = user(svm, 1000, "alex");
        add(alex);
        add(user(svm, 1001, "blake"));

        OntapRejection rejection = assertThrows(OntapRejection.class,
                () -> db.inTransaction(em -> users(em).update(alex.renamed("BLAKE"))));

        assertEquals(OntapRejection.Reason.USER_EXISTS, rejection.reason());
        assertEquals(Subject.NAME, rejection.subject().orElseThrow());
        assertEquals("alex", reload(alex).name().account());
    }

    @Test
    void allows_a_user_to_be_renamed_to_another_case_of_its_own_name() {
        LocalUser alex = user(svm, 1000, "alex");
        add(alex);

        db.inTransaction(em -> users(em).update(alex.renamed("Alex")));

        assertEquals("Alex", reload(alex).name().account());
    }

    @Test
    void removes_a_user() {
        LocalUser alex = user(svm, 1000, "alex");
        add(alex);
        add(user(svm, 1001, "blake"));

        db.inTransaction(em -> users(em).remove(alex));

        assertTrue(db.fromTransaction(em -> users(em).withSid(svm.uuid(), alex.sid())).isEmpty());
        assertEquals(List.of("blake"), namesOn(svm));
    }

    @Test
    void removing_a_user_removes_it_from_every_group_and_leaves_the_other_members() {
        LocalUser alex = user(svm, 1000, "alex");
        LocalUser blake = user(svm, 1001, "blake");
        add(alex);
        add(blake);
        LocalGroup admins = group(svm, 1002, "admins", alex, blake);
        LocalGroup operators = group(svm, 1003, "operators", alex);
        add(admins);
        add(operators);

        db.inTransaction(em -> users(em).remove(alex));

        assertEquals(List.of(blake.sid().value()), db.query(
                "SELECT member_sid FROM cifs_group_member WHERE group_sid = ?", admins.sid().value()));
        assertEquals(List.of(), db.query(
                "SELECT member_sid FROM cifs_group_member WHERE group_sid = ?", operators.sid().value()));
        assertEquals(List.of("2"), db.query("SELECT COUNT(*) FROM cifs_local_group"));
    }

    @Test
    void removing_a_user_leaves_the_memberships_of_the_same_sid_on_another_svm() {
        LocalUser administrator = user(svm, 500, "Administrator");
        LocalUser otherAdministrator = user(otherSvm, 500, "Administrator");
        add(administrator);
        add(otherAdministrator);
        add(group(svm, 1000, "admins", administrator));
        add(group(otherSvm, 1000, "admins", otherAdministrator));

        db.inTransaction(em -> users(em).remove(administrator));

        assertEquals(List.of(otherSvm.uuid().value()), db.query("SELECT svm_uuid FROM cifs_group_member"));
    }

    @Test
    void removes_every_user_and_group_of_one_svm_with_their_memberships_that_the_same_transaction_read() {
        LocalUser alex = user(svm, 1000, "alex");
        add(alex);
        LocalGroup admins = group(svm, 1001, "admins", alex);
        add(admins);
        LocalUser elsewhere = user(otherSvm, 1000, "alex");
        add(elsewhere);
        add(group(otherSvm, 1001, "admins", elsewhere));

        // as DeleteCifsServer does: the groups go first, then the users, in one persistence context that read them
        db.inTransaction(em -> {
            assertEquals(Optional.of(admins.sid()), groups(em).withSid(svm.uuid(), admins.sid()).map(LocalGroup::sid));
            assertTrue(users(em).withSid(svm.uuid(), alex.sid()).isPresent());
            assertEquals(1, groups(em).removeAllOf(svm.uuid()));
            assertEquals(1, users(em).removeAllOf(svm.uuid()));
            assertEquals(Optional.empty(), users(em).withSid(svm.uuid(), alex.sid()));
        });

        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM cifs_local_user"));
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM cifs_local_group"));
        assertEquals(List.of(otherSvm.uuid().value()), db.query("SELECT svm_uuid FROM cifs_group_member"));
    }

    @Test
    void of_two_transactions_adding_one_name_at_the_same_moment_the_second_to_insert_is_refused_as_user_exists()
            throws Exception {
        // no lock is held on the SVM: the unique name settles the race, whichever transaction commits first
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(() -> db.inTransaction(em -> {
                users(em).add(user(svm, 1000, "alex"));
                firstInserted.countDown();
                await(secondStarted);
                sleep(300);
            }));
            var second = threads.submit(() -> {
                await(firstInserted);
                return assertThrows(OntapRejection.class, () -> db.inTransaction(em -> {
                    secondStarted.countDown();
                    users(em).add(user(svm, 1001, "ALEX"));
                }));
            });

            first.get(30, TimeUnit.SECONDS);
            assertEquals(OntapRejection.Reason.USER_EXISTS, second.get(30, TimeUnit.SECONDS).reason());
            assertEquals(List.of("1000"), db.query("SELECT rid FROM cifs_local_user WHERE svm_uuid = ?", svm.uuid().value()));
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

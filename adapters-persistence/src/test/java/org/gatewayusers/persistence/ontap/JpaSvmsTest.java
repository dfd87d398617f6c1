package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.ridBlocks;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SVM repository and the RID counter on EclipseLink and the migrated schema, in H2. */
class JpaSvmsTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void add(Svm svm) {
        db.inTransaction(em -> svms(em).add(svm));
    }

    private static Svm withoutCifsServer(String name) {
        return Svm.create(new SvmName(name), RandomGenerator.of("L64X128MixRandom"));
    }

    private Rid nextRid(Svm svm) {
        return reserve(svm, 1);
    }

    private Rid reserve(Svm svm, int count) {
        return db.fromTransaction(em -> ridBlocks(em).reserve(svm.uuid(), count));
    }

    @Test
    void adds_an_svm_and_finds_it_by_uuid_and_by_name() {
        Svm svm = svm("svm1", "SMB_SERVER01");
        add(svm);

        Svm byUuid = db.fromTransaction(em -> svms(em).withUuid(svm.uuid())).orElseThrow();
        Svm byName = db.fromTransaction(em -> svms(em).named("svm1")).orElseThrow();

        assertEquals(svm.uuid(), byUuid.uuid());
        assertEquals(svm.name(), byUuid.name());
        assertEquals(svm.type(), byUuid.type());
        assertEquals(svm.domainSid(), byUuid.domainSid());
        assertEquals(svm.cifsServer(), byUuid.cifsServer());
        assertEquals(svm.uuid(), byName.uuid());
    }

    @Test
    void refuses_a_second_svm_of_the_same_name_as_svm_exists() {
        add(withoutCifsServer("svm1"));

        OntapRejection rejection = assertThrows(OntapRejection.class, () -> add(withoutCifsServer("svm1")));

        assertEquals(OntapRejection.Reason.SVM_EXISTS, rejection.reason());
        assertEquals(Subject.NAME, rejection.subject().orElseThrow());
    }

    @Test
    void stores_a_new_cifs_server_and_its_removal() {
        Svm svm = withoutCifsServer("svm1");
        add(svm);
        Svm withServer = svm.createCifsServer(new CifsServerName("smb_server01"));

        db.inTransaction(em -> svms(em).update(withServer));
        assertEquals(withServer.cifsServer(), db.fromTransaction(em -> svms(em).withUuid(svm.uuid())).orElseThrow().cifsServer());

        db.inTransaction(em -> svms(em).update(withServer.withoutCifsServer()));
        assertTrue(db.fromTransaction(em -> svms(em).withUuid(svm.uuid())).orElseThrow().cifsServer().isEmpty());
    }

    @Test
    void stores_a_comment_and_a_new_name_and_refuses_a_name_taken_as_svm_exists() {
        Svm svm = withoutCifsServer("svm1");
        add(svm);
        add(withoutCifsServer("svm2"));
        Svm changed = svm.change(java.util.Optional.of(new SvmName("svm3")), java.util.Optional.of("branch office"),
                org.gatewayusers.domain.ontap.SvmSettings.NONE);
        db.inTransaction(em -> svms(em).update(changed));

        Svm read = db.fromTransaction(em -> svms(em).withUuid(svm.uuid())).orElseThrow();
        assertEquals("svm3", read.name().value());
        assertEquals(java.util.Optional.of("branch office"), read.comment());
        assertEquals(java.util.Optional.of("x".repeat(255)), db.fromTransaction(em -> {
            svms(em).update(read.change(java.util.Optional.empty(), java.util.Optional.of("x".repeat(255)),
                    org.gatewayusers.domain.ontap.SvmSettings.NONE));
            return svms(em).withUuid(svm.uuid());
        }).orElseThrow().comment());

        Svm taken = read.change(java.util.Optional.of(new SvmName("svm2")), java.util.Optional.empty(),
                org.gatewayusers.domain.ontap.SvmSettings.NONE);
        OntapRejection rejection = assertThrows(OntapRejection.class, () -> db.inTransaction(em -> svms(em).update(taken)));
        assertEquals(OntapRejection.Reason.SVM_EXISTS, rejection.reason());
    }

    @Test
    void removes_an_svm() {
        Svm svm = withoutCifsServer("svm1");
        add(svm);
        add(withoutCifsServer("svm2"));

        db.inTransaction(em -> svms(em).remove(svm));

        assertTrue(db.fromTransaction(em -> svms(em).withUuid(svm.uuid())).isEmpty());
        boolean exists = db.fromTransaction(em -> svms(em).exists(svm.name()));
        assertFalse(exists);
        assertEquals(List.of("svm2"), db.query("SELECT name FROM svm"));
    }

    @Test
    void frees_the_name_of_a_removed_svm() {
        Svm svm = withoutCifsServer("svm1");
        add(svm);
        db.inTransaction(em -> svms(em).remove(svm));

        add(withoutCifsServer("svm1"));

        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM svm WHERE name = 'svm1'"));
    }

    @Test
    void reserves_rids_upwards_from_1000_a_block_at_a_time() {
        Svm svm = svm("svm1", "SMB_SERVER01");
        add(svm);

        assertEquals(List.of(new Rid(1000), new Rid(1001), new Rid(1033), new Rid(1049)),
                List.of(nextRid(svm), reserve(svm, 32), reserve(svm, 16), nextRid(svm)));
    }

    @Test
    void reserves_several_blocks_in_one_transaction() {
        Svm svm = svm("svm1", "SMB_SERVER01");
        add(svm);

        List<Rid> reserved = db.fromTransaction(em -> List.of(ridBlocks(em).reserve(svm.uuid(), 8),
                ridBlocks(em).reserve(svm.uuid(), 8)));

        assertEquals(List.of(new Rid(1000), new Rid(1008)), reserved);
    }

    @Test
    void counts_the_rids_of_each_svm_on_its_own() {
        Svm first = svm("svm1", "SMB_SERVER01");
        Svm second = svm("svm2", "SMB_SERVER02");
        add(first);
        add(second);

        nextRid(first);
        nextRid(first);

        assertEquals(new Rid(1000), nextRid(second));
        assertEquals(new Rid(1002), nextRid(first));
    }

    @Test
    void keeps_the_rid_counter_when_the_svm_is_updated_from_an_older_copy() {
        Svm svm = withoutCifsServer("svm1");
        add(svm);
        nextRid(svm);

        db.inTransaction(em -> svms(em).update(svm.createCifsServer(new CifsServerName("SMB_SERVER01"))));

        assertEquals(new Rid(1001), nextRid(svm));
    }

    @Test
    void refuses_to_hand_out_a_rid_on_an_svm_that_does_not_exist() {
        Svm missing = svm("svm1", "SMB_SERVER01");

        assertThrows(IllegalStateException.class, () -> nextRid(missing));
    }
}

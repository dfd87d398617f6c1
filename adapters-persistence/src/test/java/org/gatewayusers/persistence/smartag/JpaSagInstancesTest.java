package org.gatewayusers.persistence.smartag;

import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.persistence.smartag.SmartagStore.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.shared.RegionId;
import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserLimit;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The instances repository on EclipseLink and the migrated schema, in H2. */
class JpaSagInstancesTest {

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final SagInstance instance = anInstance().withUserLimit(2).createdAt(Instant.parse("2025-01-01T00:00:00Z"))
            .build();

    JpaSagInstancesTest() {
        db.inTransaction(em -> instances(em).add(instance));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private SagInstance reload(SagInstanceId id) {
        return db.fromTransaction(em -> instances(em).withId(id)).orElseThrow();
    }

    private boolean takeUserSlot(SagInstanceId id) {
        return db.fromTransaction(em -> instances(em).takeUserSlot(id));
    }

    @Test
    void adds_an_instance_and_finds_it_as_it_was() {
        SagInstance reloaded = reload(instance.id());

        assertEquals(instance.region(), reloaded.region());
        assertEquals(instance.clientBlock(), reloaded.clientBlock());
        assertEquals(instance.userLimit(), reloaded.userLimit());
        assertEquals(instance.bandwidthPolicy(), reloaded.bandwidthPolicy());
        assertEquals(instance.createdAt(), reloaded.createdAt());
        assertEquals(Optional.empty(), db.fromTransaction(em -> instances(em).withId(new SagInstanceId("sag-0"))));
    }

    @Test
    void frees_the_client_addresses_of_a_new_instances_block() {
        assertEquals(List.of("167772162-167772414"), db.query(
                "SELECT first_ip || '-' || last_ip FROM smartag_free_client_ip WHERE instance_id = ?",
                instance.id().value()));
    }

    @Test
    void an_instance_without_a_block_has_no_free_addresses() {
        SagInstance withoutBlock = anInstance().withoutBlock().build();
        db.inTransaction(em -> instances(em).add(withoutBlock));

        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM smartag_free_client_ip WHERE instance_id = ?",
                withoutBlock.id().value()));
        assertEquals(List.of(""), db.query("SELECT COALESCE(cidr_block, '') FROM smartag_instance WHERE id = ?",
                withoutBlock.id().value()));
    }

    @Test
    void removes_an_instance_with_its_free_addresses_and_leaves_the_others() {
        SagInstance other = anInstance().build();
        db.inTransaction(em -> instances(em).add(other));

        db.inTransaction(em -> instances(em).remove(instance.id()));

        assertEquals(Optional.empty(), db.fromTransaction(em -> instances(em).withId(instance.id())));
        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM smartag_free_client_ip WHERE instance_id = ?",
                instance.id().value()));
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM smartag_free_client_ip WHERE instance_id = ?",
                other.id().value()));
        assertTrue(db.fromTransaction(em -> instances(em).withId(other.id())).isPresent());
    }

    @Test
    void stores_the_changes_of_an_instance() {
        SagInstance changed = instance.withUserLimitRaisedTo(new SagUserLimit(2_000)).withStaticIpMode(true)
                .withBandwidthPolicy(BandwidthPolicy.ENGLISH_PAGE);

        db.inTransaction(em -> instances(em).update(changed));

        SagInstance reloaded = reload(instance.id());
        assertEquals(2_000, reloaded.userLimit().value());
        assertTrue(reloaded.staticIpMode());
        assertEquals(BandwidthPolicy.ENGLISH_PAGE, reloaded.bandwidthPolicy());
    }

    @Test
    void a_new_block_frees_all_its_client_addresses() {
        db.inTransaction(em -> instances(em).update(instance.withClientBlock(CidrBlock.parse("192.168.1.0/30"), 0)));

        assertEquals(Optional.of(CidrBlock.parse("192.168.1.0/30")), reload(instance.id()).clientBlock());
        assertEquals(List.of("3232235778-3232235778"), db.query(
                "SELECT first_ip || '-' || last_ip FROM smartag_free_client_ip WHERE instance_id = ?",
                instance.id().value()));
    }

    @Test
    void counts_client_users_up_to_the_quota_and_no_further() {
        assertTrue(takeUserSlot(instance.id()));
        assertTrue(takeUserSlot(instance.id()));
        assertFalse(takeUserSlot(instance.id()));

        assertEquals(List.of("2"), db.query("SELECT user_count FROM smartag_instance WHERE id = ?", instance.id().value()));
    }

    @Test
    void a_slot_released_can_be_taken_again() {
        takeUserSlot(instance.id());
        takeUserSlot(instance.id());

        db.inTransaction(em -> instances(em).releaseUserSlot(instance.id()));

        assertTrue(takeUserSlot(instance.id()));
    }

    @Test
    void refuses_to_count_below_zero() {
        assertThrows(IllegalStateException.class,
                () -> db.inTransaction(em -> instances(em).releaseUserSlot(instance.id())));
    }

    @Test
    void a_raised_quota_lets_more_users_in() {
        takeUserSlot(instance.id());
        takeUserSlot(instance.id());

        db.inTransaction(em -> instances(em).update(instance.withUserLimitRaisedTo(new SagUserLimit(3))));

        assertTrue(takeUserSlot(instance.id()));
        assertFalse(takeUserSlot(instance.id()));
    }

    @Test
    void updating_the_instance_never_writes_back_a_stale_count() {
        db.inTransaction(em -> {
            SagInstance read = instances(em).withId(instance.id()).orElseThrow();
            instances(em).takeUserSlot(instance.id());
            instances(em).update(read.withStaticIpMode(true));
        });

        assertEquals(List.of("1"), db.query("SELECT user_count FROM smartag_instance WHERE id = ?", instance.id().value()));
    }

    @Test
    void holds_an_instance_that_exists_only() {
        assertTrue((boolean) db.fromTransaction(em -> instances(em).hold(instance.id())));
        assertFalse((boolean) db.fromTransaction(em -> instances(em).hold(new SagInstanceId("sag-0"))));
        assertFalse(takeUserSlot(new SagInstanceId("sag-0")));
    }

    @Test
    void lists_the_instances_of_a_region_oldest_first() {
        SagInstance newer = anInstance().createdAt(Instant.parse("2025-02-01T00:00:00Z")).build();
        SagInstance elsewhere = anInstance().in("cn-hangzhou").build();
        db.inTransaction(em -> {
            instances(em).add(newer);
            instances(em).add(elsewhere);
        });
        RegionId shanghai = new RegionId("cn-shanghai");

        List<SagInstanceId> ids = db.fromTransaction(em -> instances(em).page(shanghai, 0, 10)).stream()
                .map(SagInstance::id).toList();

        assertEquals(List.of(instance.id(), newer.id()), ids);
        assertEquals(List.of(newer.id()), db.fromTransaction(em -> instances(em).page(shanghai, 1, 10)).stream()
                .map(SagInstance::id).toList());
        assertEquals(2L, (long) db.fromTransaction(em -> instances(em).count(shanghai)));
        assertEquals(3L, (long) db.fromTransaction(em -> instances(em).count(null)));
        assertEquals(3, db.fromTransaction(em -> instances(em).page(null, 0, 10)).size());
    }
}

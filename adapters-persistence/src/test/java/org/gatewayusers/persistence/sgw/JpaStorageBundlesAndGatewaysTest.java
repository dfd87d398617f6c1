package org.gatewayusers.persistence.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_AD_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.AN_LDAP_LINK;
import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.GatewayBuilder.anIscsiGateway;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.gatewayusers.domain.sgw.TaskBuilder.NT_HASH;
import static org.gatewayusers.persistence.sgw.SgwStore.bundles;
import static org.gatewayusers.persistence.sgw.SgwStore.gateways;
import static org.gatewayusers.persistence.sgw.SgwStore.smbUsers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.GatewayLocation;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.GatewayPlan;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.gatewayusers.domain.sgw.StorageBundleName;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The storage bundle and gateway repositories on EclipseLink and the migrated schema, in H2. */
class JpaStorageBundlesAndGatewaysTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");

    private final InMemoryDatabase db = InMemoryDatabase.migrated();
    private final StorageBundle bundle = aStorageBundle().named("bundle1").describedAs("backups").createdAt(T0).build();

    JpaStorageBundlesAndGatewaysTest() {
        db.inTransaction(em -> bundles(em).add(bundle));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void add(Gateway gateway) {
        db.inTransaction(em -> gateways(em).add(gateway));
    }

    private Gateway reload(Gateway gateway) {
        return db.fromTransaction(em -> gateways(em).withId(gateway.id())).orElseThrow();
    }

    private OptionalLong nextSequence(GatewayId gateway) {
        return db.fromTransaction(em -> gateways(em).nextTaskSequence(gateway));
    }

    // Storage bundles

    @Test
    void adds_a_bundle_and_finds_it_by_its_id_as_it_was() {
        StorageBundle reloaded = db.fromTransaction(em -> bundles(em).withId(bundle.id())).orElseThrow();

        assertEquals(bundle.id(), reloaded.id());
        assertEquals(bundle.name(), reloaded.name());
        assertEquals("backups", reloaded.description());
        assertEquals(bundle.region(), reloaded.region());
        assertEquals(T0, reloaded.createdAt());
    }

    @Test
    void knows_a_taken_bundle_name() {
        assertTrue((boolean) db.fromTransaction(em -> bundles(em).existsNamed(new StorageBundleName("bundle1"))));
        assertFalse((boolean) db.fromTransaction(em -> bundles(em).existsNamed(new StorageBundleName("bundle2"))));
    }

    @Test
    void refuses_a_second_bundle_of_the_same_name() {
        SgwRejection rejection = assertThrows(SgwRejection.class,
                () -> db.inTransaction(em -> bundles(em).add(aStorageBundle().named("bundle1").build())));

        assertEquals(SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS, rejection.reason());
        assertEquals(Subject.STORAGE_BUNDLE_NAME, rejection.subject().orElseThrow());
    }

    @Test
    void pages_through_the_bundles_oldest_first() {
        db.inTransaction(em -> {
            bundles(em).add(aStorageBundle().named("bundle3").createdAt(T0.plusSeconds(2)).build());
            bundles(em).add(aStorageBundle().named("bundle2").createdAt(T0.plusSeconds(1)).build());
        });

        List<String> page = db.fromTransaction(em -> bundles(em).page(1, 5)).stream()
                .map(found -> found.name().value()).toList();

        assertEquals(List.of("bundle2", "bundle3"), page);
        assertEquals(3L, (long) db.fromTransaction(em -> bundles(em).count()));
    }

    @Test
    void removes_an_empty_bundle() {
        db.inTransaction(em -> bundles(em).remove(bundle));

        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM sgw_storage_bundle"));
    }

    @Test
    void refuses_to_remove_a_bundle_a_gateway_joined_as_not_empty() {
        add(aFileGateway().in(bundle).build());

        SgwRejection rejection = assertThrows(SgwRejection.class, () -> db.inTransaction(em -> bundles(em).remove(bundle)));

        assertEquals(SgwRejection.Reason.STORAGE_BUNDLE_NOT_EMPTY, rejection.reason());
        assertEquals(List.of("1"), db.query("SELECT COUNT(*) FROM sgw_storage_bundle"));
    }

    // Gateways

    @Test
    void adds_a_gateway_and_finds_it_as_it_was() {
        Gateway gateway = anIscsiGateway().in(bundle).named("gw1").describedAs("block").at(GatewayLocation.ON_PREMISE)
                .createdAt(T0).build();
        add(gateway);

        Gateway reloaded = reload(gateway);

        assertEquals(gateway.id(), reloaded.id());
        assertEquals(bundle.id(), reloaded.storageBundle());
        assertEquals(new GatewayName("gw1"), reloaded.name());
        assertEquals("block", reloaded.description());
        assertEquals(gateway.type(), reloaded.type());
        assertEquals(GatewayLocation.ON_PREMISE, reloaded.location());
        assertEquals(GatewayState.RUNNING, reloaded.state());
        assertEquals(gateway.directory(), reloaded.directory());
        assertEquals(T0, reloaded.createdAt());
    }

    @Test
    void stores_each_directory_link_and_its_change() {
        Gateway gateway = aFileGateway().in(bundle).linkedTo(AN_AD_LINK).build();
        add(gateway);
        assertEquals(AN_AD_LINK, reload(gateway).directory());

        db.inTransaction(em -> gateways(em).update(aFileGateway().withId(gateway.id().value()).in(bundle)
                .linkedTo(AN_LDAP_LINK).inState(GatewayState.CHANGING_DIRECTORY).build()));
        assertEquals(AN_LDAP_LINK, reload(gateway).directory());
        assertEquals(GatewayState.CHANGING_DIRECTORY, reload(gateway).state());

        db.inTransaction(em -> gateways(em).update(reload(gateway).withDirectoryChanged(
                org.gatewayusers.domain.sgw.DirectoryKind.LDAP, org.gatewayusers.domain.sgw.DirectoryLink.none())));
        assertEquals(org.gatewayusers.domain.sgw.DirectoryLink.none(), reload(gateway).directory());
        assertEquals(List.of("NONE"), db.query("SELECT directory_kind FROM sgw_gateway"));
        assertNull(db.query("SELECT ldap_base_dn FROM sgw_gateway").get(0));
    }

    @Test
    void refuses_a_second_gateway_of_the_same_name_in_a_bundle_only() {
        add(aFileGateway().in(bundle).named("gw1").build());
        StorageBundle other = aStorageBundle().named("bundle2").build();
        db.inTransaction(em -> bundles(em).add(other));

        SgwRejection rejection = assertThrows(SgwRejection.class, () -> add(aFileGateway().in(bundle).named("gw1").build()));
        add(aFileGateway().in(other).named("gw1").build());

        assertEquals(SgwRejection.Reason.GATEWAY_NAME_EXISTS, rejection.reason());
        assertEquals(Subject.GATEWAY_NAME, rejection.subject().orElseThrow());
        assertEquals(List.of("2"), db.query("SELECT COUNT(*) FROM sgw_gateway"));
    }

    @Test
    void refuses_a_gateway_of_a_bundle_that_is_gone_as_bundle_not_found() {
        SgwRejection rejection = assertThrows(SgwRejection.class,
                () -> add(aFileGateway().inStorageBundle("sb-000c6hshwukkbtxrb123").build()));

        assertEquals(SgwRejection.Reason.STORAGE_BUNDLE_NOT_FOUND, rejection.reason());
    }

    @Test
    void knows_a_taken_gateway_name_in_its_bundle() {
        add(aFileGateway().in(bundle).named("gw1").build());

        assertTrue((boolean) db.fromTransaction(em -> gateways(em).existsNamed(bundle.id(), new GatewayName("gw1"))));
        assertFalse((boolean) db.fromTransaction(em -> gateways(em).existsNamed(bundle.id(), new GatewayName("gw2"))));
    }

    @Test
    void lists_and_counts_the_gateways_of_a_bundle_oldest_first() {
        add(aFileGateway().in(bundle).named("gw2").createdAt(T0.plusSeconds(1)).build());
        add(aFileGateway().in(bundle).named("gw1").createdAt(T0).build());
        add(aFileGateway().in(bundle).named("gw3").createdAt(T0.plusSeconds(2)).build());

        List<String> page = db.fromTransaction(em -> gateways(em).ofStorageBundle(bundle.id(), 0, 2)).stream()
                .map(found -> found.name().value()).toList();

        assertEquals(List.of("gw1", "gw2"), page);
        assertEquals(3L, (long) db.fromTransaction(em -> gateways(em).countOfStorageBundle(bundle.id())));
    }

    @Test
    void stores_how_a_gateway_is_bought_and_placed_and_its_deployment() {
        Gateway gateway = aFileGateway().in(bundle).waitingToBeDeployed()
                .withPlan(new GatewayPlan(null, true, "vsw-2ze0123", 50, true)).inState(GatewayState.INITIALIZED).build();
        add(gateway);

        Gateway reloaded = reload(gateway);
        assertEquals(GatewayState.INITIALIZED, reloaded.state());
        assertEquals(gateway.plan(), reloaded.plan());

        db.inTransaction(em -> gateways(em).update(reload(gateway).beginDeployment(GatewayClass.ENHANCED)));
        assertEquals(GatewayState.DEPLOYING, reload(gateway).state());
        assertEquals(new GatewayPlan(GatewayClass.ENHANCED, true, "vsw-2ze0123", 50, true), reload(gateway).plan());

        db.inTransaction(em -> gateways(em).update(reload(gateway).deployed()));
        assertEquals(GatewayState.RUNNING, reload(gateway).state());
        assertEquals(GatewayClass.ENHANCED, reload(gateway).plan().gatewayClass());
    }

    @Test
    void a_gateway_stored_before_plans_were_kept_is_a_subscription_gateway_of_no_class() {
        Gateway gateway = aFileGateway().in(bundle).build();
        add(gateway);

        assertEquals(GatewayPlan.SUBSCRIPTION, reload(gateway).plan());
        assertEquals(List.of("FALSE-FALSE"), db.query("SELECT UPPER(CAST(post_paid AS VARCHAR)) || '-' || "
                + "UPPER(CAST(release_after_expiration AS VARCHAR)) FROM sgw_gateway WHERE id = ?", gateway.id().value()));
    }

    @Test
    void stores_a_state_change() {
        Gateway gateway = aFileGateway().in(bundle).build();
        add(gateway);

        db.inTransaction(em -> gateways(em).update(gateways(em).withId(gateway.id()).orElseThrow().beginDeletion()));

        assertEquals(GatewayState.DELETING, reload(gateway).state());
    }

    @Test
    void removes_a_gateway_without_users() {
        Gateway gateway = aFileGateway().in(bundle).build();
        add(gateway);

        db.inTransaction(em -> gateways(em).remove(gateway));

        assertTrue(db.fromTransaction(em -> gateways(em).withId(gateway.id())).isEmpty());
    }

    @Test
    void hands_out_task_sequences_from_1_per_gateway() {
        Gateway gateway = aFileGateway().in(bundle).named("gw1").build();
        Gateway other = aFileGateway().in(bundle).named("gw2").build();
        add(gateway);
        add(other);

        List<Long> handedOut = LongStream.range(0, 3).map(i -> nextSequence(gateway.id()).orElseThrow()).boxed().toList();

        assertEquals(List.of(1L, 2L, 3L), handedOut);
        assertEquals(OptionalLong.of(1), nextSequence(other.id()));
    }

    @Test
    void hands_out_no_task_sequence_for_a_gateway_that_does_not_exist() {
        assertEquals(OptionalLong.empty(), nextSequence(new GatewayId("gw-000eg44nmxbsfwbvq2ab")));
    }

    @Test
    void a_gateway_change_never_writes_back_the_task_sequence() {
        Gateway gateway = aFileGateway().in(bundle).build();
        add(gateway);

        db.inTransaction(em -> {
            Gateway read = gateways(em).withId(gateway.id()).orElseThrow();
            gateways(em).nextTaskSequence(gateway.id());
            gateways(em).update(read.beginDeletion());
        });

        assertEquals(List.of("1"), db.query("SELECT last_task_sequence FROM sgw_gateway"));
    }

    @Test
    void a_gateway_with_users_cannot_be_removed_before_them() {
        Gateway gateway = aFileGateway().in(bundle).build();
        add(gateway);
        db.inTransaction(em -> smbUsers(em).add(SmbUser.create(gateway, new SmbUserName("alex"), NT_HASH)));

        assertThrows(RuntimeException.class, () -> db.inTransaction(em -> gateways(em).remove(gateway)));
        db.inTransaction(em -> {
            smbUsers(em).removeAllOf(gateway.id());
            gateways(em).remove(gateway);
        });
        assertEquals(List.of("0"), db.query("SELECT COUNT(*) FROM sgw_gateway"));
    }
}

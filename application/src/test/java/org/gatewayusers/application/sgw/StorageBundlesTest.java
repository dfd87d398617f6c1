package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.REGION_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_EMPTY;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_FOUND;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.junit.jupiter.api.Test;

/** CreateStorageBundle, DescribeStorageBundles, DescribeStorageBundle and DeleteStorageBundle. */
class StorageBundlesTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");

    private final InMemoryStorageBundles bundles = new InMemoryStorageBundles();
    private final InMemoryGateways gateways = new InMemoryGateways();
    private final FixedClock clock = FixedClock.at(T0);
    private final CreateStorageBundle createBundle = new CreateStorageBundle(bundles, clock, new SplittableRandom(9));
    private final ListStorageBundles listBundles = new ListStorageBundles(bundles);
    private final GetStorageBundle getBundle = new GetStorageBundle(bundles);
    private final DeleteStorageBundle deleteBundle = new DeleteStorageBundle(bundles, gateways);

    private StorageBundleView create(String name) {
        return createBundle.create(new CreateStorageBundleCommand(name, null, "cn-hangzhou"));
    }

    // CreateStorageBundle

    @Test
    void creates_a_bundle_and_shows_it() {
        StorageBundleView view = createBundle.create(new CreateStorageBundleCommand("bundle1", "backups", "cn-shanghai"));

        assertTrue(view.storageBundleId().matches("sb-[0-9a-z]{20}"), view.storageBundleId());
        assertEquals("bundle1", view.name());
        assertEquals("backups", view.description());
        assertEquals("cn-shanghai", view.backendBucketRegionId());
        assertEquals(T0.getEpochSecond(), view.createdTime());
        assertEquals(1, bundles.count());
    }

    @Test
    void shows_no_description_as_an_empty_one() {
        assertEquals("", create("bundle1").description());
    }

    @Test
    void rejects_a_name_another_bundle_has() {
        create("bundle1");

        assertRejected(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME, () -> create("bundle1"));
        assertEquals(1, bundles.count());
    }

    @Test
    void rejects_invalid_parameters_and_stores_nothing() {
        assertRejected(STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME, () -> create("1bundle"));
        assertRejected(STORAGE_BUNDLE_NAME_INVALID, Subject.STORAGE_BUNDLE_NAME, () -> create(null));
        assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION,
                () -> createBundle.create(new CreateStorageBundleCommand("b", "d".repeat(256), "cn-hangzhou")));
        assertRejected(REGION_INVALID, Subject.BACKEND_BUCKET_REGION,
                () -> createBundle.create(new CreateStorageBundleCommand("b", null, null)));
        assertEquals(0, bundles.count());
    }

    // DescribeStorageBundles

    @Test
    void lists_the_bundles_oldest_first_a_page_at_a_time() {
        for (int i = 1; i <= 3; i++) {
            create("bundle" + i);
            clock.advance(Duration.ofSeconds(1));
        }

        Page<StorageBundleView> first = listBundles.list(PageRequest.of(1, 2));
        Page<StorageBundleView> second = listBundles.list(PageRequest.of(2, 2));

        assertEquals(List.of("bundle1", "bundle2"), first.items().stream().map(StorageBundleView::name).toList());
        assertEquals(List.of("bundle3"), second.items().stream().map(StorageBundleView::name).toList());
        assertEquals(3, second.totalCount());
        assertEquals(2, second.pageNumber());
        assertEquals(2, second.pageSize());
    }

    // DescribeStorageBundle

    @Test
    void reads_one_bundle_by_its_id() {
        StorageBundleView created = create("bundle1");

        assertEquals(created, getBundle.get(created.storageBundleId()));
    }

    @Test
    void rejects_a_bundle_that_does_not_exist() {
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE, () -> getBundle.get("sb-000c6hshwukkbtxrb123"));
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE, () -> getBundle.get("gw-000c6hshwukkbtxrb123"));
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE, () -> getBundle.get(null));
    }

    // DeleteStorageBundle

    @Test
    void deletes_an_empty_bundle() {
        StorageBundleView created = create("bundle1");

        deleteBundle.delete(created.storageBundleId());

        assertEquals(0, bundles.count());
    }

    @Test
    void refuses_to_delete_a_bundle_that_holds_a_gateway_even_one_being_deleted() {
        StorageBundle bundle = aStorageBundle().build();
        bundles.add(bundle);
        gateways.add(aFileGateway().in(bundle).inState(GatewayState.DELETING).build());

        assertRejected(STORAGE_BUNDLE_NOT_EMPTY, Subject.STORAGE_BUNDLE, () -> deleteBundle.delete(bundle.id().value()));
        assertEquals(1, bundles.count());
    }

    @Test
    void rejects_deleting_a_bundle_that_does_not_exist() {
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE, () -> deleteBundle.delete("sb-000c6hshwukkbtxrb123"));
    }
}

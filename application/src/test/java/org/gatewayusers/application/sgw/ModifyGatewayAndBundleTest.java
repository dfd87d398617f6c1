package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_IN_OPERATION;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NAME_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_FOUND;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.junit.jupiter.api.Test;

/** ModifyGateway and ModifyStorageBundle, as Terraform's alicloud provider updates them. */
class ModifyGatewayAndBundleTest {

    private final StorageBundle bundle = aStorageBundle().named("bundle-a").describedAs("first").build();
    private final StorageBundle other = aStorageBundle().withId("sb-000other000000000000").named("bundle-b").build();
    private final Gateway gateway = aFileGateway().in(bundle).named("gw-a").describedAs("old").build();
    private final Gateway sibling = aFileGateway().withId("gw-000sibling0000000000").in(bundle).named("gw-b").build();
    private final InMemoryGateways gateways = new InMemoryGateways(gateway, sibling);
    private final InMemoryStorageBundles bundles = new InMemoryStorageBundles(bundle, other);

    @Test
    void renames_a_gateway_and_changes_its_description_or_keeps_it_when_none_is_given() {
        GatewayView renamed = new ModifyGateway(gateways).modify(gateway.id().value(), "gw-new", "new");
        assertEquals("gw-new", renamed.name());
        assertEquals("new", gateways.withId(gateway.id()).orElseThrow().description());

        assertEquals("new", new ModifyGateway(gateways).modify(gateway.id().value(), "gw-newer", null).description());
    }

    @Test
    void refuses_a_gateway_name_taken_in_the_bundle_a_missing_gateway_and_a_busy_one() {
        assertRejected(GATEWAY_NAME_EXISTS, Subject.GATEWAY_NAME, () -> new ModifyGateway(gateways).modify(gateway.id().value(), "gw-b", null));
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> new ModifyGateway(gateways).modify("gw-000eg44nmxbsfwbvq2ab", "x", null));
        Gateway busy = aFileGateway().withId("gw-000busy0000000000000").in(bundle).named("busy")
                .inState(GatewayState.DELETING).build();
        InMemoryGateways withBusy = new InMemoryGateways(busy);
        assertRejected(GATEWAY_IN_OPERATION, Subject.GATEWAY, () -> new ModifyGateway(withBusy).modify(busy.id().value(), "x", null));
    }

    @Test
    void renames_a_storage_bundle_and_refuses_a_name_taken_or_a_missing_bundle() {
        StorageBundleView renamed = new ModifyStorageBundle(bundles).modify(bundle.id().value(), "bundle-c", "second");
        assertEquals("bundle-c", renamed.name());
        assertEquals("second", bundles.withId(bundle.id()).orElseThrow().description());

        assertRejected(STORAGE_BUNDLE_NAME_EXISTS, Subject.STORAGE_BUNDLE_NAME,
                () -> new ModifyStorageBundle(bundles).modify(bundle.id().value(), "bundle-b", null));
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE,
                () -> new ModifyStorageBundle(bundles).modify("sb-000eg44nmxbsfwbvq2ab", "x", null));
    }
}

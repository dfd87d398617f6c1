package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.GatewayBuilder.aFileGateway;
import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_LOCATION_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_EXISTS;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_FOUND;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_TYPE_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.STORAGE_BUNDLE_NOT_FOUND;
import static org.gatewayusers.domain.sgw.StorageBundleBuilder.aStorageBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.StorageBundle;
import org.junit.jupiter.api.Test;

/** CreateGateway, DescribeGateways and the one-gateway read. */
class GatewaysTest {

    private static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");

    private final StorageBundle bundle = aStorageBundle().named("bundle1").build();
    private final StorageBundle otherBundle = aStorageBundle().named("bundle2").build();
    private final InMemoryStorageBundles bundles = new InMemoryStorageBundles(bundle, otherBundle);
    private final InMemoryGateways gateways = new InMemoryGateways();
    private final FixedClock clock = FixedClock.at(T0);
    private final CreateGateway createGateway = new CreateGateway(bundles, gateways, clock, new SplittableRandom(10));
    private final ListGateways listGateways = new ListGateways(bundles, gateways);
    private final GetGateway getGateway = new GetGateway(gateways);

    private GatewayView create(String name) {
        return createGateway.create(new CreateGatewayCommand(bundle.id().value(), name, "File", "Cloud", null));
    }

    @Test
    void creates_a_running_gateway_joined_to_no_directory() {
        GatewayView view = createGateway.create(
                new CreateGatewayCommand(bundle.id().value(), "gw1", "Iscsi", "On_Premise", "block storage"));

        assertTrue(view.gatewayId().matches("gw-[0-9a-z]{20}"), view.gatewayId());
        assertEquals(bundle.id().value(), view.storageBundleId());
        assertEquals("gw1", view.name());
        assertEquals("block storage", view.description());
        assertEquals("Iscsi", view.type());
        assertEquals("On_Premise", view.location());
        assertEquals("Running", view.state());
        assertEquals(null, view.gatewayClass());
        assertEquals(false, view.postPaid());
        assertEquals("NONE", view.directory().kind());
        assertEquals(T0.getEpochSecond(), view.createdTime());
        assertEquals(1, gateways.all().size());
    }

    @Test
    void keeps_how_the_gateway_is_bought_and_placed_as_terraform_sends_it() {
        GatewayView view = createGateway.create(new CreateGatewayCommand(bundle.id().value(), "gw1", "File", "Cloud",
                null, "Standard", true, "vsw-123", 10, true));

        assertEquals("Standard", view.gatewayClass());
        assertTrue(view.postPaid());
        assertEquals("vsw-123", view.vSwitchId());
        assertEquals(10, view.publicNetworkBandwidth());
        assertTrue(view.releaseAfterExpiration());
        assertEquals("Initialized", view.state());
        assertEquals(view, getGateway.get(view.gatewayId()));
    }

    @Test
    void a_gateway_bought_by_subscription_runs_at_once_and_has_no_bandwidth_or_vswitch() {
        GatewayView view = createGateway.create(new CreateGatewayCommand(bundle.id().value(), "gw1", "File", "Cloud",
                null, null, false, "", null, null));

        assertEquals("Running", view.state());
        assertEquals(null, view.vSwitchId());
        assertEquals(0, view.publicNetworkBandwidth());
        assertEquals(false, view.releaseAfterExpiration());
    }

    @Test
    void rejects_a_class_or_bandwidth_the_vendor_does_not_have_and_stores_nothing() {
        String id = bundle.id().value();

        assertRejected(SgwRejection.Reason.GATEWAY_CLASS_INVALID, Subject.GATEWAY_CLASS, () -> createGateway.create(
                new CreateGatewayCommand(id, "gw1", "File", "Cloud", null, "Premium", true, null, null, null)));
        assertRejected(SgwRejection.Reason.PUBLIC_NETWORK_BANDWIDTH_INVALID, Subject.PUBLIC_NETWORK_BANDWIDTH,
                () -> createGateway.create(new CreateGatewayCommand(id, "gw1", "File", "Cloud", null, null, true, null,
                        201, null)));
        assertEquals(0, gateways.all().size());
    }

    @Test
    void accepts_type_and_location_in_any_case() {
        GatewayView view = createGateway.create(new CreateGatewayCommand(bundle.id().value(), "gw1", "file", "cloud", ""));

        assertEquals("File", view.type());
        assertEquals("Cloud", view.location());
        assertEquals("", view.description());
    }

    @Test
    void rejects_a_name_another_gateway_of_the_bundle_has() {
        create("gw1");

        assertRejected(GATEWAY_NAME_EXISTS, Subject.GATEWAY_NAME, () -> create("gw1"));
        createGateway.create(new CreateGatewayCommand(otherBundle.id().value(), "gw1", "File", "Cloud", null));
        assertEquals(2, gateways.all().size());
    }

    @Test
    void rejects_invalid_parameters_and_stores_nothing() {
        String id = bundle.id().value();
        assertRejected(GATEWAY_NAME_INVALID, Subject.GATEWAY_NAME, () -> create("-gw"));
        assertRejected(GATEWAY_TYPE_INVALID, Subject.GATEWAY_TYPE, () -> createGateway.create(new CreateGatewayCommand(id, "g", "Block", "Cloud", null)));
        assertRejected(GATEWAY_TYPE_INVALID, Subject.GATEWAY_TYPE, () -> createGateway.create(new CreateGatewayCommand(id, "g", null, "Cloud", null)));
        assertRejected(GATEWAY_LOCATION_INVALID, Subject.GATEWAY_LOCATION, () -> createGateway.create(new CreateGatewayCommand(id, "g", "File", "Moon", null)));
        assertRejected(DESCRIPTION_TOO_LONG, Subject.DESCRIPTION,
                () -> createGateway.create(new CreateGatewayCommand(id, "g", "File", "Cloud", "d".repeat(256))));
        assertEquals(List.of(), gateways.all());
    }

    @Test
    void rejects_a_bundle_that_does_not_exist() {
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE,
                () -> createGateway.create(new CreateGatewayCommand("sb-000c6hshwukkbtxrb123", "g", "File", "Cloud", null)));
    }

    @Test
    void lists_the_gateways_of_a_bundle_oldest_first_a_page_at_a_time() {
        for (int i = 1; i <= 3; i++) {
            create("gw" + i);
            clock.advance(Duration.ofSeconds(1));
        }
        createGateway.create(new CreateGatewayCommand(otherBundle.id().value(), "elsewhere", "File", "Cloud", null));

        Page<GatewayView> first = listGateways.list(bundle.id().value(), PageRequest.of(1, 2));
        Page<GatewayView> second = listGateways.list(bundle.id().value(), PageRequest.of(2, 2));

        assertEquals(List.of("gw1", "gw2"), first.items().stream().map(GatewayView::name).toList());
        assertEquals(List.of("gw3"), second.items().stream().map(GatewayView::name).toList());
        assertEquals(3, first.totalCount());
    }

    @Test
    void rejects_listing_a_bundle_that_does_not_exist() {
        assertRejected(STORAGE_BUNDLE_NOT_FOUND, Subject.STORAGE_BUNDLE,
                () -> listGateways.list("sb-000c6hshwukkbtxrb123", PageRequest.first()));
    }

    @Test
    void reads_one_gateway_with_its_directory_link() {
        gateways.add(aFileGateway().withId("gw-000eg44nmxbsfwbvq2ab").in(bundle).linkedToActiveDirectory().build());

        GatewayView view = getGateway.get("gw-000eg44nmxbsfwbvq2ab");

        assertEquals("ACTIVE_DIRECTORY", view.directory().kind());
        assertTrue(view.directory().activeDirectoryEnabled());
        assertEquals("example.com", view.directory().domainName());
        assertEquals("Administrator", view.directory().username());
        assertEquals("192.168.0.10", view.directory().serverIp());
        assertNull(view.directory().baseDn());
    }

    @Test
    void shows_an_ldap_link() {
        gateways.add(aFileGateway().withId("gw-000eg44nmxbsfwbvq2ab").in(bundle).linkedToLdap().build());

        GatewayView.DirectoryView directory = getGateway.get("gw-000eg44nmxbsfwbvq2ab").directory();

        assertTrue(directory.ldapEnabled());
        assertEquals("dc=example,dc=com", directory.baseDn());
        assertEquals("cn=admin,dc=example,dc=com", directory.rootDn());
        assertNull(directory.domainName());
    }

    @Test
    void rejects_reading_a_gateway_that_does_not_exist() {
        assertRejected(GATEWAY_NOT_FOUND, Subject.GATEWAY, () -> getGateway.get("gw-000eg44nmxbsfwbvq2ab"));
    }
}

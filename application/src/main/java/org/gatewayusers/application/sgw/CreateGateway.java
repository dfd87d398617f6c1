package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_EXISTS;

import java.util.random.RandomGenerator;
import org.gatewayusers.application.shared.Clock;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.GatewayLocation;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.GatewayPlan;
import org.gatewayusers.domain.sgw.GatewayType;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.sgw.SgwTextRules;
import org.gatewayusers.domain.sgw.StorageBundle;

/**
 * Creates a gateway in a storage bundle, joined to no directory: {@code CreateGateway}. A pay-as-you-go file gateway
 * in the cloud then waits for {@code DeployGateway}; any other runs at once.
 */
public final class CreateGateway {

    private final StorageBundles bundles;
    private final Gateways gateways;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateGateway(StorageBundles bundles, Gateways gateways, Clock clock, RandomGenerator random) {
        this.bundles = bundles;
        this.gateways = gateways;
        this.clock = clock;
        this.random = random;
    }

    public GatewayView create(CreateGatewayCommand command) {
        GatewayName name = GatewayName.parse(command.name());
        GatewayType type = GatewayType.parse(command.type());
        GatewayLocation location = GatewayLocation.parse(command.location());
        SgwTextRules.descriptionHasAtMost255Characters(command.description());
        GatewayPlan plan = new GatewayPlan(GatewayClass.parseOptional(command.gatewayClass()).orElse(null),
                Boolean.TRUE.equals(command.postPaid()), command.vSwitchId(), command.publicNetworkBandwidth(),
                Boolean.TRUE.equals(command.releaseAfterExpiration()));
        StorageBundle bundle = SgwLookups.storageBundle(bundles, command.storageBundleId());
        if (gateways.existsNamed(bundle.id(), name)) {
            throw new SgwRejection(GATEWAY_NAME_EXISTS, Subject.GATEWAY_NAME);
        }
        Gateway gateway = Gateway.create(bundle, name, command.description(), type, location, plan, random,
                clock.now());
        gateways.add(gateway);
        return GatewayView.of(gateway);
    }
}

package org.gatewayusers.application.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NAME_EXISTS;

import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.SgwRejection;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/**
 * Renames a gateway and changes its description: {@code ModifyGateway}, as Terraform's {@code alicloud} provider
 * sends it (the name always, the description when set; no description given leaves it as it is).
 */
public final class ModifyGateway {

    private final Gateways gateways;

    public ModifyGateway(Gateways gateways) {
        this.gateways = gateways;
    }

    public GatewayView modify(String gatewayId, String name, String description) {
        Gateway gateway = SgwLookups.gateway(gateways, gatewayId);
        GatewayName newName = name == null ? gateway.name() : GatewayName.parse(name);
        if (!newName.equals(gateway.name()) && gateways.existsNamed(gateway.storageBundle(), newName)) {
            throw new SgwRejection(GATEWAY_NAME_EXISTS, Subject.GATEWAY_NAME);
        }
        Gateway modified = gateway.renamed(newName, description == null ? gateway.description() : description);
        gateways.update(modified);
        return GatewayView.of(modified);
    }
}

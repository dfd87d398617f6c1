package org.gatewayusers.application.sgw;

/** Reads one gateway, with its state and directory link ({@code DescribeGatewayADInfo}, {@code ...LDAPInfo}). */
public final class GetGateway {

    private final Gateways gateways;

    public GetGateway(Gateways gateways) {
        this.gateways = gateways;
    }

    public GatewayView get(String gatewayId) {
        return GatewayView.of(SgwLookups.gateway(gateways, gatewayId));
    }
}

package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.PUBLIC_NETWORK_BANDWIDTH_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.VSWITCH_ID_INVALID;

import java.util.Optional;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/**
 * How a gateway is bought and placed, as {@code CreateGateway} takes it: its class (none until one is asked for), pay
 * as you go ({@code PostPaid}) or by subscription, the vSwitch of a cloud gateway, its public bandwidth in Mbit/s
 * (none: not asked for) and whether a subscription gateway is released when it expires. The rules, in the order of
 * the vendor's {@code CreateGateway} page, are checked here once.
 */
public record GatewayPlan(GatewayClass gatewayClass, boolean postPaid, String vSwitchId,
        Integer publicNetworkBandwidth, boolean releaseAfterExpiration) {

    static final int MIN_PUBLIC_NETWORK_BANDWIDTH = 5;
    static final int MAX_PUBLIC_NETWORK_BANDWIDTH = 200;
    static final int MAX_VSWITCH_ID_LENGTH = 64;

    /** A gateway bought by subscription, of no class yet, with nothing else asked for. */
    public static final GatewayPlan SUBSCRIPTION = new GatewayPlan(null, false, null, null, false);

    public GatewayPlan {
        vSwitchId = vSwitchIdHasAtMost64Characters(vSwitchId);
        publicNetworkBandwidthIsFrom5To200(publicNetworkBandwidth);
    }

    /** An empty vSwitch id is none; one of more than 64 characters names no vSwitch. */
    static String vSwitchIdHasAtMost64Characters(String vSwitchId) {
        if (vSwitchId == null || vSwitchId.isEmpty()) {
            return null;
        }
        if (vSwitchId.length() > MAX_VSWITCH_ID_LENGTH) {
            throw new SgwRejection(VSWITCH_ID_INVALID, Subject.VSWITCH);
        }
        return vSwitchId;
    }

    /** {@code PublicNetworkBandwidth}, when given, is 5 to 200 Mbit/s. */
    static void publicNetworkBandwidthIsFrom5To200(Integer mbps) {
        if (mbps != null && (mbps < MIN_PUBLIC_NETWORK_BANDWIDTH || mbps > MAX_PUBLIC_NETWORK_BANDWIDTH)) {
            throw new SgwRejection(PUBLIC_NETWORK_BANDWIDTH_INVALID, Subject.PUBLIC_NETWORK_BANDWIDTH);
        }
    }

    /** The same plan of another class. */
    public GatewayPlan withGatewayClass(GatewayClass newClass) {
        return new GatewayPlan(newClass, postPaid, vSwitchId, publicNetworkBandwidth, releaseAfterExpiration);
    }

    public Optional<GatewayClass> gatewayClassIfAny() {
        return Optional.ofNullable(gatewayClass);
    }
}

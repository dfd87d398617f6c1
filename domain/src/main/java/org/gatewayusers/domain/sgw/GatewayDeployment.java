package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_NOT_CHANGEABLE;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_CLASS_NOT_RAISED;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.GATEWAY_NOT_DEPLOYABLE;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;

/**
 * The vendor's rules of {@code DeployGateway}, in the order of its page: it deploys only a pay-as-you-go file gateway
 * in the cloud, and only one in the {@code Initialized} state (which such a gateway is from its creation until then);
 * once deployed the gateway is {@code Running}. A gateway bought by subscription, an on-premises one (whose
 * activation this service does not model) and an iSCSI one run from their creation. And those of
 * {@code ModifyGatewayClass}: only a gateway in the cloud changes its class, and only upwards.
 */
public final class GatewayDeployment {

    /** The class a gateway deployed without one gets. */
    public static final GatewayClass DEFAULT_CLASS = GatewayClass.BASIC;

    private GatewayDeployment() {
    }

    /** Whether a new gateway starts {@code Initialized}, waiting for {@code DeployGateway}. */
    public static boolean waitsToBeDeployed(GatewayType type, GatewayLocation location, GatewayPlan plan) {
        return plan.postPaid() && location == GatewayLocation.CLOUD && type == GatewayType.FILE;
    }

    /** Only a pay-as-you-go file gateway in the cloud is deployed. */
    public static void requireDeployable(GatewayType type, GatewayLocation location, GatewayPlan plan) {
        if (!waitsToBeDeployed(type, location, plan)) {
            throw new SgwRejection(GATEWAY_NOT_DEPLOYABLE, Subject.GATEWAY);
        }
    }

    /** {@code ModifyGatewayClass}: a cloud gateway's class is raised (Basic, Standard, Enhanced, Advanced), never lowered. */
    public static void requireClassRaise(GatewayLocation location, GatewayPlan plan, GatewayClass newClass) {
        if (location != GatewayLocation.CLOUD) {
            throw new SgwRejection(GATEWAY_CLASS_NOT_CHANGEABLE, Subject.GATEWAY_CLASS);
        }
        if (plan.gatewayClassIfAny().filter(current -> newClass.compareTo(current) <= 0).isPresent()) {
            throw new SgwRejection(GATEWAY_CLASS_NOT_RAISED, Subject.GATEWAY_CLASS);
        }
    }
}

package org.gatewayusers.application.smartag;

import static org.gatewayusers.application.smartag.CreateSagInstance.valueOr;

import org.gatewayusers.domain.smartag.BandwidthPolicy;
import org.gatewayusers.domain.smartag.SagInstance;

/**
 * Sets the bandwidth policy of an app instance, an operator's setting: the range and default of its client users'
 * {@code Bandwidth}, within the vendor's 1 to 20,000 Kbps. Bandwidths set before keep their values.
 */
public final class SetSagBandwidthPolicy {

    private final SagInstances instances;
    private final ClientUsers users;

    public SetSagBandwidthPolicy(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public SagInstanceView set(SetSagBandwidthPolicyCommand command) {
        SagInstance instance = SmartagLookups.heldInstance(instances, command.regionId(), command.smartAgId());
        BandwidthPolicy current = instance.bandwidthPolicy();
        BandwidthPolicy policy = new BandwidthPolicy(valueOr(command.minBandwidth(), current.minKbps()),
                valueOr(command.maxBandwidth(), current.maxKbps()),
                valueOr(command.defaultBandwidth(), current.defaultKbps()));
        SagInstance changed = instance.withBandwidthPolicy(policy);
        instances.update(changed);
        return SagInstanceView.of(changed, SmartagLookups.clientUsersOf(users, changed));
    }
}

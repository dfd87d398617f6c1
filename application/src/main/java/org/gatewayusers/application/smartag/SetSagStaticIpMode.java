package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.SagInstance;

/**
 * Switches the static-IP mode of an app instance (the vendor switches it in its console; no RPC action of the
 * 2018-03-13 API does). With it on, each new client user must name its {@code ClientIp}; with it off, the service
 * allocates one unless the request names it. Client users there keep their addresses.
 */
public final class SetSagStaticIpMode {

    private final SagInstances instances;
    private final ClientUsers users;

    public SetSagStaticIpMode(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public SagInstanceView set(String regionId, String smartAgId, boolean enabled) {
        SagInstance instance = SmartagLookups.heldInstance(instances, regionId, smartAgId);
        SagInstance changed = instance.withStaticIpMode(enabled);
        instances.update(changed);
        return SagInstanceView.of(changed, SmartagLookups.clientUsersOf(users, changed));
    }
}

package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.SagInstance;

/** Reads one app instance, with its quota, block, mode and policy: DescribeSmartAccessGatewayAttribute. */
public final class GetSagInstance {

    private final SagInstances instances;
    private final ClientUsers users;

    public GetSagInstance(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public SagInstanceView get(String regionId, String smartAgId) {
        SagInstance instance = SmartagLookups.instance(instances, regionId, smartAgId);
        return SagInstanceView.of(instance, SmartagLookups.clientUsersOf(users, instance));
    }
}

package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserLimit;

/** Raises the client-account quota of an app instance: UpgradeSmartAccessGatewaySoftware with {@code UserCount}. */
public final class RaiseSagUserCount {

    private final SagInstances instances;
    private final ClientUsers users;

    public RaiseSagUserCount(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public SagInstanceView raise(RaiseSagUserCountCommand command) {
        SagUserLimit raised = SagUserLimit.parse(command.userCount());
        SagInstance instance = SmartagLookups.heldInstance(instances, command.regionId(), command.smartAgId());
        SagInstance changed = instance.withUserLimitRaisedTo(raised);
        instances.update(changed);
        return SagInstanceView.of(changed, SmartagLookups.clientUsersOf(users, changed));
    }
}

package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.CidrBlock;
import org.gatewayusers.domain.smartag.SagInstance;

/**
 * Sets the private client CIDR block of an app instance: ModifySmartAccessGateway with {@code CidrBlock}. Every
 * client address of the new block is free; the block of an instance that holds client users cannot change.
 */
public final class SetSagInstanceCidr {

    private final SagInstances instances;
    private final ClientUsers users;

    public SetSagInstanceCidr(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public SagInstanceView set(SetSagInstanceCidrCommand command) {
        CidrBlock block = CidrBlock.parse(command.cidrBlock());
        SagInstance instance = SmartagLookups.heldInstance(instances, command.regionId(), command.smartAgId());
        long clientUsers = SmartagLookups.clientUsersOf(users, instance);
        SagInstance changed = instance.withClientBlock(block, clientUsers);
        if (!instance.clientBlock().equals(changed.clientBlock())) {
            instances.update(changed);
        }
        return SagInstanceView.of(changed, clientUsers);
    }
}

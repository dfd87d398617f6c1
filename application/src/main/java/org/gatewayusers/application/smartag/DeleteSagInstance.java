package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.SagInstance;

/**
 * Deletes an app instance: {@code DeleteSmartAccessGateway}. The instance is held before its client users are
 * counted, so a client user created at the same moment either comes first (and the delete is refused) or finds the
 * instance gone; an instance that still holds client users stays as it is, with them.
 */
public final class DeleteSagInstance {

    private final SagInstances instances;
    private final ClientUsers users;

    public DeleteSagInstance(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    /** {@code InstanceId}; {@code RegionId} may be null (the action does not require it). */
    public void delete(String regionIdOrNull, String instanceId) {
        SagInstance instance = SmartagLookups.heldInstanceAnyRegion(instances, instanceId);
        instance.requireDeletable(regionIdOrNull, SmartagLookups.clientUsersOf(users, instance));
        instances.remove(instance.id());
    }
}

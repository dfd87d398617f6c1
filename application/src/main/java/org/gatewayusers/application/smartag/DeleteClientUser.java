package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserName;

/**
 * Deletes a client user of an app instance, which frees its client address and its place in the quota:
 * DeleteSmartAccessGatewayClientUser. The instance is held before the user is read, so two deletes of one user free
 * its address once.
 */
public final class DeleteClientUser {

    private final SagInstances instances;
    private final ClientUsers users;
    private final ClientIps clientIps;

    public DeleteClientUser(SagInstances instances, ClientUsers users, ClientIps clientIps) {
        this.instances = instances;
        this.users = users;
        this.clientIps = clientIps;
    }

    public void delete(String regionId, String smartAgId, String userName) {
        SagUserName name = SagUserName.parse(userName);
        SagInstance instance = SmartagLookups.heldInstance(instances, regionId, smartAgId);
        ClientUser user = SmartagLookups.clientUser(users, instance, name);
        users.remove(user);
        instances.releaseUserSlot(instance.id());
        clientIps.release(instance.id(), user.clientIp());
    }
}

package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserName;

/** Stops a client user from logging on ({@code State} 1), keeping its account and address: DisableSmartAccessGatewayUser. */
public final class DisableClientUser {

    private final SagInstances instances;
    private final ClientUsers users;

    public DisableClientUser(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public ClientUserView disable(String regionId, String smartAgId, String userName) {
        SagUserName name = SagUserName.parse(userName);
        SagInstance instance = SmartagLookups.instance(instances, regionId, smartAgId);
        ClientUser disabled = SmartagLookups.clientUser(users, instance, name).disabled();
        users.update(disabled);
        return ClientUserView.of(disabled);
    }
}

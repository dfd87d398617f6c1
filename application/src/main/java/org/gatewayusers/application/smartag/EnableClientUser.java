package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserName;

/** Lets a client user log on again ({@code State} 0): EnableSmartAccessGatewayUser. */
public final class EnableClientUser {

    private final SagInstances instances;
    private final ClientUsers users;

    public EnableClientUser(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public ClientUserView enable(String regionId, String smartAgId, String userName) {
        SagUserName name = SagUserName.parse(userName);
        SagInstance instance = SmartagLookups.instance(instances, regionId, smartAgId);
        ClientUser enabled = SmartagLookups.clientUser(users, instance, name).enabled();
        users.update(enabled);
        return ClientUserView.of(enabled);
    }
}

package org.gatewayusers.application.smartag;

import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.EmailAddress;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagUserName;

/**
 * Changes the bandwidth (by the instance's policy: ClientUser.BandwidthInvalid) and the mail address of a client user:
 * ModifySmartAccessGatewayClientUser. The user name is checked first (ClientUser.NameEmpty, ClientUser.NameInvalid).
 */
public final class ModifyClientUser {

    private final SagInstances instances;
    private final ClientUsers users;

    public ModifyClientUser(SagInstances instances, ClientUsers users) {
        this.instances = instances;
        this.users = users;
    }

    public ClientUserView modify(ModifyClientUserCommand command) {
        SagUserName name = SagUserName.parse(command.userName());
        SagInstance instance = SmartagLookups.instance(instances, command.regionId(), command.smartAgId());
        ClientUser user = SmartagLookups.clientUser(users, instance, name);
        ClientUser changed = user;
        if (command.bandwidth() != null) {
            changed = changed.withBandwidth(instance.changedBandwidth(command.bandwidth()));
        }
        if (command.userMail() != null && !command.userMail().isBlank()) {
            changed = changed.withMail(EmailAddress.parse(command.userMail()));
        }
        if (changed != user) {
            users.update(changed);
        }
        return ClientUserView.of(changed);
    }
}

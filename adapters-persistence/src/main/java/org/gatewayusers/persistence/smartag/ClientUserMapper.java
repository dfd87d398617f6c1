package org.gatewayusers.persistence.smartag;

import java.time.Instant;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.smartag.Bandwidth;
import org.gatewayusers.domain.smartag.ClientIp;
import org.gatewayusers.domain.smartag.ClientUser;
import org.gatewayusers.domain.smartag.ClientUserState;
import org.gatewayusers.domain.smartag.EmailAddress;
import org.gatewayusers.domain.smartag.SagInstanceId;
import org.gatewayusers.domain.smartag.SagUserName;

final class ClientUserMapper {

    private ClientUserMapper() {
    }

    static ClientUser toDomain(ClientUserEntity entity) {
        return ClientUser.reconstitute(new SagInstanceId(entity.instanceId), new SagUserName(entity.name),
                new EmailAddress(entity.userMail), new Bandwidth(entity.bandwidth), new ClientIp(entity.clientIp),
                entity.staticIp, ClientUserState.valueOf(entity.state),
                new CredentialHash(entity.credentialScheme, entity.credentialHash),
                Instant.ofEpochSecond(entity.createdAt));
    }

    static ClientUserEntity toNewEntity(ClientUser user) {
        ClientUserEntity entity = new ClientUserEntity();
        entity.instanceId = user.instance().value();
        entity.nameKey = user.name().key();
        entity.name = user.name().value();
        entity.clientIp = user.clientIp().value();
        entity.staticIp = user.staticIp();
        entity.createdAt = user.createdAt().getEpochSecond();
        copyState(user, entity);
        return entity;
    }

    /** Everything a user may change: its mail address, bandwidth, state and credential. */
    static void copyState(ClientUser user, ClientUserEntity entity) {
        entity.userMail = user.mail().value();
        entity.mailKey = user.mail().key();
        entity.bandwidth = user.bandwidth().kbps();
        entity.state = user.state().name();
        entity.credentialScheme = user.credential().scheme();
        entity.credentialHash = user.credential().value();
    }
}

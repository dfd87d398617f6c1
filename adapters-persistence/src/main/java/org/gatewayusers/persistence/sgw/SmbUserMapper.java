package org.gatewayusers.persistence.sgw;

import java.time.Instant;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.SmbUser;
import org.gatewayusers.domain.sgw.SmbUserName;
import org.gatewayusers.domain.shared.CredentialHash;

final class SmbUserMapper {

    private SmbUserMapper() {
    }

    static SmbUser toDomain(SmbUserEntity entity) {
        return SmbUser.reconstitute(new GatewayId(entity.gatewayId), new SmbUserName(entity.name),
                new CredentialHash(entity.credentialScheme, entity.credentialHash));
    }

    static SmbUserEntity toEntity(SmbUser user) {
        SmbUserEntity entity = new SmbUserEntity();
        entity.gatewayId = user.gateway().value();
        entity.nameKey = user.name().key();
        entity.name = user.name().value();
        entity.credentialScheme = user.credential().scheme();
        entity.credentialHash = user.credential().value();
        entity.credentialChangedAt = Instant.now().getEpochSecond();
        return entity;
    }
}

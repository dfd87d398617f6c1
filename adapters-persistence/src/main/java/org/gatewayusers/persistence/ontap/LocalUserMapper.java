package org.gatewayusers.persistence.ontap;

import java.time.Instant;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.LocalUser;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.gatewayusers.domain.shared.CredentialHash;

final class LocalUserMapper {

    private LocalUserMapper() {
    }

    static LocalUser toDomain(LocalUserEntity entity) {
        int separator = entity.name.indexOf(LocalUserName.SEPARATOR);
        LocalUserName name = new LocalUserName(new CifsServerName(entity.name.substring(0, separator)),
                entity.name.substring(separator + 1));
        return LocalUser.reconstitute(new SvmUuid(entity.svmUuid), name, entity.fullName, entity.description,
                entity.accountDisabled, new Sid(entity.sid),
                new CredentialHash(entity.credentialScheme, entity.credentialHash));
    }

    static LocalUserEntity toEntity(LocalUser user) {
        LocalUserEntity entity = new LocalUserEntity();
        entity.svmUuid = user.svm().value();
        entity.sid = user.sid().value();
        entity.rid = user.sid().rid().value();
        copyState(user, entity);
        return entity;
    }

    /** Everything a user may change; the SVM, SID and RID are its identity and stay. */
    static void copyState(LocalUser user, LocalUserEntity entity) {
        entity.name = user.name().qualified();
        entity.nameKey = user.name().key();
        entity.shortKey = user.name().account().toUpperCase(java.util.Locale.ROOT);
        entity.fullName = user.fullName();
        entity.description = user.description();
        entity.accountDisabled = user.accountDisabled();
        if (!user.credential().value().equals(entity.credentialHash)
                || !user.credential().scheme().equals(entity.credentialScheme)) {
            entity.credentialChangedAt = Instant.now().getEpochSecond();
        }
        entity.credentialScheme = user.credential().scheme();
        entity.credentialHash = user.credential().value();
    }
}

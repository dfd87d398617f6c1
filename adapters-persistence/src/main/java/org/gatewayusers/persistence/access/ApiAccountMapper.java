package org.gatewayusers.persistence.access;

import org.gatewayusers.domain.access.ApiAccount;
import org.gatewayusers.domain.access.ApiAccountName;
import org.gatewayusers.domain.access.ApiRole;
import org.gatewayusers.domain.shared.CredentialHash;

final class ApiAccountMapper {

    private ApiAccountMapper() {
    }

    static ApiAccount toDomain(ApiAccountEntity entity) {
        return ApiAccount.reconstitute(new ApiAccountName(entity.name), ApiRole.parse(entity.role),
                new CredentialHash(entity.credentialScheme, entity.credentialHash));
    }

    static ApiAccountEntity toNewEntity(ApiAccount account) {
        ApiAccountEntity entity = new ApiAccountEntity();
        entity.name = account.name().value();
        copyState(account, entity);
        return entity;
    }

    static void copyState(ApiAccount account, ApiAccountEntity entity) {
        entity.role = account.role().roleName();
        entity.credentialScheme = account.credential().scheme();
        entity.credentialHash = account.credential().value();
    }
}

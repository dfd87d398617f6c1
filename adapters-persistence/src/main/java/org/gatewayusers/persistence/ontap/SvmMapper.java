package org.gatewayusers.persistence.ontap;

import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.DomainSid;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.ontap.SvmType;
import org.gatewayusers.domain.ontap.SvmUuid;

final class SvmMapper {

    private SvmMapper() {
    }

    static Svm toDomain(SvmEntity entity) {
        CifsServer server = entity.cifsServerName == null ? null : new CifsServer(new CifsServerName(entity.cifsServerName));
        return Svm.reconstitute(new SvmUuid(entity.uuid), new SvmName(entity.name), SvmType.valueOf(entity.type),
                new DomainSid(entity.domainSid), server, entity.comment);
    }

    static SvmEntity toNewEntity(Svm svm) {
        SvmEntity entity = new SvmEntity();
        entity.uuid = svm.uuid().value();
        entity.nextRid = Rid.FIRST_LOCAL_ACCOUNT.value();
        copyState(svm, entity);
        return entity;
    }

    static void copyState(Svm svm, SvmEntity entity) {
        entity.name = svm.name().value();
        entity.type = svm.type().name();
        entity.domainSid = svm.domainSid().value();
        entity.cifsServerName = svm.cifsServer().map(server -> server.name().value()).orElse(null);
        entity.comment = svm.comment().orElse(null);
    }
}

package org.gatewayusers.persistence.ontap;

import java.util.List;
import org.gatewayusers.domain.ontap.LocalGroup;
import org.gatewayusers.domain.ontap.LocalGroupName;
import org.gatewayusers.domain.ontap.LocalUserName;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.SvmUuid;

final class LocalGroupMapper {

    private LocalGroupMapper() {
    }

    static LocalGroup toDomain(LocalGroupEntity entity) {
        int separator = entity.name.indexOf(LocalUserName.SEPARATOR);
        LocalGroupName name = new LocalGroupName(entity.name.substring(0, separator), entity.name.substring(separator + 1));
        // the members are a relation of their own (JpaMemberships), not part of the group's row
        return LocalGroup.reconstitute(new SvmUuid(entity.svmUuid), name, entity.description, new Sid(entity.sid),
                List.of());
    }

    static LocalGroupEntity toEntity(LocalGroup group) {
        LocalGroupEntity entity = new LocalGroupEntity();
        entity.svmUuid = group.svm().value();
        entity.sid = group.sid().value();
        copyState(group, entity);
        return entity;
    }

    /** Everything a group may change; the SVM and SID are its identity and stay. */
    static void copyState(LocalGroup group, LocalGroupEntity entity) {
        entity.name = group.name().qualified();
        entity.nameKey = group.name().key();
        entity.shortKey = group.name().group().toUpperCase(java.util.Locale.ROOT);
        entity.description = group.description();
    }
}

package org.gatewayusers.persistence.sgw;

import java.time.Instant;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.GatewayId;
import org.gatewayusers.domain.sgw.GatewayLocation;
import org.gatewayusers.domain.sgw.GatewayName;
import org.gatewayusers.domain.sgw.GatewayPlan;
import org.gatewayusers.domain.sgw.GatewayState;
import org.gatewayusers.domain.sgw.GatewayType;
import org.gatewayusers.domain.sgw.StorageBundleId;

final class GatewayMapper {

    private GatewayMapper() {
    }

    static Gateway toDomain(GatewayEntity entity) {
        DirectoryColumns directory = new DirectoryColumns(entity.directoryKind, entity.directoryServerIp,
                entity.adDomainName, entity.adUsername, entity.ldapBaseDn, entity.ldapRootDn, entity.ldapTls);
        return Gateway.reconstitute(new GatewayId(entity.id), new StorageBundleId(entity.storageBundleId),
                new GatewayName(entity.name), entity.description, GatewayType.valueOf(entity.type),
                GatewayLocation.valueOf(entity.location), GatewayState.valueOf(entity.state), directory.toLink(),
                new GatewayPlan(entity.gatewayClass == null ? null : GatewayClass.valueOf(entity.gatewayClass),
                        entity.postPaid, entity.vSwitchId, entity.publicNetworkBandwidth,
                        entity.releaseAfterExpiration),
                Instant.ofEpochSecond(entity.createdAt));
    }

    /** A new gateway's row: no task sequence handed out yet. */
    static GatewayEntity toNewEntity(Gateway gateway) {
        GatewayEntity entity = new GatewayEntity();
        entity.id = gateway.id().value();
        entity.storageBundleId = gateway.storageBundle().value();
        entity.type = gateway.type().name();
        entity.location = gateway.location().name();
        entity.postPaid = gateway.plan().postPaid();
        entity.vSwitchId = gateway.plan().vSwitchId();
        entity.publicNetworkBandwidth = gateway.plan().publicNetworkBandwidth();
        entity.releaseAfterExpiration = gateway.plan().releaseAfterExpiration();
        entity.lastTaskSequence = 0;
        entity.createdAt = gateway.createdAt().getEpochSecond();
        copyState(gateway, entity);
        return entity;
    }

    /**
     * Everything a gateway may change: its name and description as created, its state, its class (set when it is
     * deployed) and its directory link.
     */
    static void copyState(Gateway gateway, GatewayEntity entity) {
        entity.name = gateway.name().value();
        entity.gatewayClass = gateway.plan().gatewayClassIfAny().map(Enum::name).orElse(null);
        entity.description = gateway.description();
        entity.state = gateway.state().name();
        DirectoryColumns directory = DirectoryColumns.of(gateway.directory());
        entity.directoryKind = directory.kind();
        entity.directoryServerIp = directory.serverIp();
        entity.adDomainName = directory.adDomainName();
        entity.adUsername = directory.adUsername();
        entity.ldapBaseDn = directory.ldapBaseDn();
        entity.ldapRootDn = directory.ldapRootDn();
        entity.ldapTls = directory.ldapTls();
    }
}

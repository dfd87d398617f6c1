package org.gatewayusers.application.sgw;

import org.gatewayusers.domain.sgw.ActiveDirectoryLink;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.Gateway;
import org.gatewayusers.domain.sgw.GatewayClass;
import org.gatewayusers.domain.sgw.LdapLink;

/**
 * What a client sees of a gateway: {@code type} {@code File} or {@code Iscsi}, {@code location} {@code Cloud} or
 * {@code On_Premise}, {@code state} {@code Initialized}, {@code Deploying}, {@code Running}, {@code Modifying} or
 * {@code Deleting}; no description is an empty one; times in epoch seconds. How it is bought and placed:
 * {@code gatewayClass} ({@code Basic}, ... or null: none yet), {@code postPaid}, {@code vSwitchId} (null: none),
 * {@code publicNetworkBandwidth} (Mbit/s, 0: none asked for), {@code releaseAfterExpiration}.
 */
public record GatewayView(String gatewayId, String storageBundleId, String name, String description, String type,
        String location, String state, DirectoryView directory, long createdTime, String gatewayClass,
        boolean postPaid, String vSwitchId, int publicNetworkBandwidth, boolean releaseAfterExpiration) {

    /**
     * The gateway's directory link: {@code kind} {@code NONE}, {@code ACTIVE_DIRECTORY} or {@code LDAP}, with the
     * settings of that kind (the others null). No password is ever kept.
     */
    public record DirectoryView(String kind, String domainName, String username, String serverIp, String baseDn,
            String rootDn, boolean tls) {

        static DirectoryView of(DirectoryLink link) {
            if (link instanceof ActiveDirectoryLink ad) {
                return new DirectoryView(link.kind().name(), ad.domainName(), ad.username(), ad.serverIp(), null,
                        null, false);
            }
            if (link instanceof LdapLink ldap) {
                return new DirectoryView(link.kind().name(), null, null, ldap.serverIp(), ldap.baseDn(),
                        ldap.rootDn(), ldap.tls());
            }
            return new DirectoryView(link.kind().name(), null, null, null, null, null, false);
        }

        public boolean activeDirectoryEnabled() {
            return "ACTIVE_DIRECTORY".equals(kind);
        }

        public boolean ldapEnabled() {
            return "LDAP".equals(kind);
        }
    }

    static GatewayView of(Gateway gateway) {
        return new GatewayView(gateway.id().value(), gateway.storageBundle().value(), gateway.name().value(),
                gateway.description() == null ? "" : gateway.description(), gateway.type().written(),
                gateway.location().written(), gateway.state().written(), DirectoryView.of(gateway.directory()),
                gateway.createdAt().getEpochSecond(),
                gateway.plan().gatewayClassIfAny().map(GatewayClass::written).orElse(null), gateway.plan().postPaid(),
                gateway.plan().vSwitchId(),
                gateway.plan().publicNetworkBandwidth() == null ? 0 : gateway.plan().publicNetworkBandwidth(),
                gateway.plan().releaseAfterExpiration());
    }
}

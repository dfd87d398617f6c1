package org.gatewayusers.persistence.sgw;

import org.gatewayusers.domain.sgw.ActiveDirectoryLink;
import org.gatewayusers.domain.sgw.DirectoryKind;
import org.gatewayusers.domain.sgw.DirectoryLink;
import org.gatewayusers.domain.sgw.LdapLink;

/**
 * A directory link as the columns that gateways and directory-change tasks both store it in: the kind, and the
 * settings of that kind (the others null).
 */
record DirectoryColumns(String kind, String serverIp, String adDomainName, String adUsername, String ldapBaseDn,
        String ldapRootDn, boolean ldapTls) {

    static DirectoryColumns of(DirectoryLink link) {
        if (link instanceof ActiveDirectoryLink ad) {
            return new DirectoryColumns(link.kind().name(), ad.serverIp(), ad.domainName(), ad.username(), null, null,
                    false);
        }
        if (link instanceof LdapLink ldap) {
            return new DirectoryColumns(link.kind().name(), ldap.serverIp(), null, null, ldap.baseDn(), ldap.rootDn(),
                    ldap.tls());
        }
        return new DirectoryColumns(link.kind().name(), null, null, null, null, null, false);
    }

    DirectoryLink toLink() {
        return switch (DirectoryKind.valueOf(kind)) {
            case NONE -> DirectoryLink.none();
            case ACTIVE_DIRECTORY -> new ActiveDirectoryLink(adDomainName, serverIp, adUsername);
            case LDAP -> new LdapLink(serverIp, ldapBaseDn, ldapRootDn, ldapTls);
        };
    }
}

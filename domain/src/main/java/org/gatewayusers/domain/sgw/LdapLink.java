package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.Password;

/** A gateway's link to an LDAP service: the server's IPv4 address, the base DN, the root DN, TLS or not. */
public record LdapLink(String serverIp, String baseDn, String rootDn, boolean tls) implements DirectoryLink {

    public LdapLink {
        DirectoryRules.settingIsGiven(serverIp, Subject.DIRECTORY_SERVER_IP);
        DirectoryRules.serverIpIsAnIpv4Address(serverIp);
        DirectoryRules.settingIsGiven(baseDn, Subject.LDAP_BASE_DN);
        DirectoryRules.isADistinguishedName(baseDn, Subject.LDAP_BASE_DN);
        DirectoryRules.settingIsGiven(rootDn, Subject.LDAP_ROOT_DN);
        DirectoryRules.isADistinguishedName(rootDn, Subject.LDAP_ROOT_DN);
    }

    /**
     * The settings of {@code SetGatewayLDAPInfo} with {@code IsEnabled=true}, in the order of its parameters; the
     * root DN's password must be given to bind, and is then forgotten.
     */
    public static LdapLink parse(String serverIp, String baseDn, String rootDn, Password password, boolean tls) {
        DirectoryRules.settingIsGiven(serverIp, Subject.DIRECTORY_SERVER_IP);
        DirectoryRules.serverIpIsAnIpv4Address(serverIp);
        DirectoryRules.settingIsGiven(baseDn, Subject.LDAP_BASE_DN);
        DirectoryRules.isADistinguishedName(baseDn, Subject.LDAP_BASE_DN);
        DirectoryRules.settingIsGiven(rootDn, Subject.LDAP_ROOT_DN);
        DirectoryRules.isADistinguishedName(rootDn, Subject.LDAP_ROOT_DN);
        DirectoryRules.passwordIsGiven(password);
        return new LdapLink(serverIp, baseDn, rootDn, tls);
    }

    @Override
    public DirectoryKind kind() {
        return DirectoryKind.LDAP;
    }
}

package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.shared.Password;

/** A gateway's link to an LDAP service: the server's IPv4 address, the base DN, the root DN, TLS or not. */
public record LdapLink(String serverIp, String baseDn, String rootDn, boolean tls) implements DirectoryLink {

    public static final String BASE_DN_FIELD = "BaseDN";
    public static final String ROOT_DN_FIELD = "RootDN";

    public LdapLink {
        DirectoryRules.settingIsGiven(serverIp, DirectoryRules.SERVER_IP_FIELD);
        DirectoryRules.serverIpIsAnIpv4Address(serverIp);
        DirectoryRules.settingIsGiven(baseDn, BASE_DN_FIELD);
        DirectoryRules.isADistinguishedName(baseDn, BASE_DN_FIELD);
        DirectoryRules.settingIsGiven(rootDn, ROOT_DN_FIELD);
        DirectoryRules.isADistinguishedName(rootDn, ROOT_DN_FIELD);
    }

    /**
     * The settings of {@code SetGatewayLDAPInfo} with {@code IsEnabled=true}, in the order of its parameters; the
     * root DN's password must be given to bind, and is then forgotten.
     */
    public static LdapLink parse(String serverIp, String baseDn, String rootDn, Password password, boolean tls) {
        DirectoryRules.settingIsGiven(serverIp, DirectoryRules.SERVER_IP_FIELD);
        DirectoryRules.serverIpIsAnIpv4Address(serverIp);
        DirectoryRules.settingIsGiven(baseDn, BASE_DN_FIELD);
        DirectoryRules.isADistinguishedName(baseDn, BASE_DN_FIELD);
        DirectoryRules.settingIsGiven(rootDn, ROOT_DN_FIELD);
        DirectoryRules.isADistinguishedName(rootDn, ROOT_DN_FIELD);
        DirectoryRules.passwordIsGiven(password);
        return new LdapLink(serverIp, baseDn, rootDn, tls);
    }

    @Override
    public DirectoryKind kind() {
        return DirectoryKind.LDAP;
    }
}

package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.shared.Password;

/** A gateway's membership of an AD domain: the domain, the server's IPv4 address and the account that joined it. */
public record ActiveDirectoryLink(String domainName, String serverIp, String username) implements DirectoryLink {

    public static final String DOMAIN_NAME_FIELD = "DomainName";
    public static final String USERNAME_FIELD = "Username";

    public ActiveDirectoryLink {
        DirectoryRules.settingIsGiven(domainName, DOMAIN_NAME_FIELD);
        DirectoryRules.domainNameIsADnsName(domainName);
        DirectoryRules.settingIsGiven(serverIp, DirectoryRules.SERVER_IP_FIELD);
        DirectoryRules.serverIpIsAnIpv4Address(serverIp);
        DirectoryRules.settingIsGiven(username, USERNAME_FIELD);
        DirectoryRules.settingHasAtMost255Characters(username, USERNAME_FIELD);
    }

    /**
     * The settings of {@code SetGatewayADInfo} with {@code IsEnabled=true}, in the order of its parameters; the
     * password must be given to join, and is then forgotten.
     */
    public static ActiveDirectoryLink parse(String domainName, String username, Password password, String serverIp) {
        DirectoryRules.settingIsGiven(domainName, DOMAIN_NAME_FIELD);
        DirectoryRules.domainNameIsADnsName(domainName);
        DirectoryRules.settingIsGiven(username, USERNAME_FIELD);
        DirectoryRules.settingHasAtMost255Characters(username, USERNAME_FIELD);
        DirectoryRules.passwordIsGiven(password);
        return new ActiveDirectoryLink(domainName, serverIp, username);
    }

    @Override
    public DirectoryKind kind() {
        return DirectoryKind.ACTIVE_DIRECTORY;
    }
}

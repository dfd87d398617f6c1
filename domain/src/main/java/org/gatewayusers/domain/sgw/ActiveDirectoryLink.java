package org.gatewayusers.domain.sgw;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.Password;

/** A gateway's membership of an AD domain: the domain, the server's IPv4 address and the account that joined it. */
public record ActiveDirectoryLink(String domainName, String serverIp, String username) implements DirectoryLink {

    public ActiveDirectoryLink {
        DirectoryRules.settingIsGiven(domainName, Subject.AD_DOMAIN_NAME);
        DirectoryRules.domainNameIsADnsName(domainName);
        DirectoryRules.settingIsGiven(serverIp, Subject.DIRECTORY_SERVER_IP);
        DirectoryRules.serverIpIsAnIpv4Address(serverIp);
        DirectoryRules.settingIsGiven(username, Subject.AD_USER_NAME);
        DirectoryRules.settingHasAtMost255Characters(username, Subject.AD_USER_NAME);
    }

    /**
     * The settings of {@code SetGatewayADInfo} with {@code IsEnabled=true}, in the order of its parameters; the
     * password must be given to join, and is then forgotten.
     */
    public static ActiveDirectoryLink parse(String domainName, String username, Password password, String serverIp) {
        DirectoryRules.settingIsGiven(domainName, Subject.AD_DOMAIN_NAME);
        DirectoryRules.domainNameIsADnsName(domainName);
        DirectoryRules.settingIsGiven(username, Subject.AD_USER_NAME);
        DirectoryRules.settingHasAtMost255Characters(username, Subject.AD_USER_NAME);
        DirectoryRules.passwordIsGiven(password);
        return new ActiveDirectoryLink(domainName, serverIp, username);
    }

    @Override
    public DirectoryKind kind() {
        return DirectoryKind.ACTIVE_DIRECTORY;
    }
}

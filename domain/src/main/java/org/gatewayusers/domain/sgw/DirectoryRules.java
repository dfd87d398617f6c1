package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DIRECTORY_SETTING_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DIRECTORY_SETTING_MISSING;

import java.util.regex.Pattern;
import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.Password;

/**
 * The rules for the settings of {@code SetGatewayADInfo} and {@code SetGatewayLDAPInfo} when they enable a link,
 * one method per rule: every setting given, the server an IPv4 address, the AD domain a DNS name, the LDAP base and
 * root a distinguished name ({@code dc=example,dc=com}), none longer than 255 characters.
 */
public final class DirectoryRules {

    public static final int MAX_SETTING_LENGTH = 255;

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern DNS_NAME =
            Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern DISTINGUISHED_NAME =
            Pattern.compile("\\s*[A-Za-z][A-Za-z0-9-]*\\s*=\\s*[^,=]*[^,=\\s][^,=]*(,\\s*[A-Za-z][A-Za-z0-9-]*\\s*=\\s*[^,=]*[^,=\\s][^,=]*)*\\s*");

    private DirectoryRules() {
    }

    public static void settingIsGiven(String value, Subject subject) {
        if (value == null || value.isBlank()) {
            throw new SgwRejection(DIRECTORY_SETTING_MISSING, subject);
        }
    }

    public static void passwordIsGiven(Password password) {
        if (password == null || password.reveal().isEmpty()) {
            throw new SgwRejection(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_PASSWORD);
        }
    }

    public static void serverIpIsAnIpv4Address(String serverIp) {
        if (!IPV4.matcher(serverIp).matches()) {
            throw new SgwRejection(DIRECTORY_SETTING_INVALID, Subject.DIRECTORY_SERVER_IP);
        }
    }

    public static void domainNameIsADnsName(String domainName) {
        if (!DNS_NAME.matcher(domainName).matches()) {
            throw new SgwRejection(DIRECTORY_SETTING_INVALID, Subject.AD_DOMAIN_NAME);
        }
    }

    public static void isADistinguishedName(String dn, Subject subject) {
        settingHasAtMost255Characters(dn, subject);
        if (!DISTINGUISHED_NAME.matcher(dn).matches()) {
            throw new SgwRejection(DIRECTORY_SETTING_INVALID, subject);
        }
    }

    public static void settingHasAtMost255Characters(String value, Subject subject) {
        if (value.codePointCount(0, value.length()) > MAX_SETTING_LENGTH) {
            throw new SgwRejection(DIRECTORY_SETTING_INVALID, subject);
        }
    }
}

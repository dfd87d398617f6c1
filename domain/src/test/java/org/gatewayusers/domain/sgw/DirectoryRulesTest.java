package org.gatewayusers.domain.sgw;

import static org.gatewayusers.domain.sgw.SgwAssertions.assertRejected;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DIRECTORY_SETTING_INVALID;
import static org.gatewayusers.domain.sgw.SgwRejection.Reason.DIRECTORY_SETTING_MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.sgw.SgwRejection.Subject;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings of SetGatewayADInfo and SetGatewayLDAPInfo when they enable a link. */
class DirectoryRulesTest {

    private static final Password PASSWORD = Password.of("Join-Pa55");

    private static ActiveDirectoryLink ad(String domainName, String username, Password password, String serverIp) {
        return ActiveDirectoryLink.parse(domainName, username, password, serverIp);
    }

    private static LdapLink ldap(String serverIp, String baseDn, String rootDn, Password password) {
        return LdapLink.parse(serverIp, baseDn, rootDn, password, true);
    }

    @Test
    void reads_an_active_directory_link_without_its_password() {
        ActiveDirectoryLink link = ad("corp.example.com", "Administrator", PASSWORD, "192.168.0.10");

        assertEquals(new ActiveDirectoryLink("corp.example.com", "192.168.0.10", "Administrator"), link);
        assertEquals(DirectoryKind.ACTIVE_DIRECTORY, link.kind());
        assertTrue(link.isLinked());
        assertFalse(link.toString().contains(PASSWORD.reveal()), link.toString());
    }

    @Test
    void reads_an_ldap_link_without_its_password() {
        LdapLink link = ldap("10.0.0.1", "dc=example,dc=com", "cn=admin, dc=example, dc=com", PASSWORD);

        assertEquals(new LdapLink("10.0.0.1", "dc=example,dc=com", "cn=admin, dc=example, dc=com", true), link);
        assertEquals(DirectoryKind.LDAP, link.kind());
        assertFalse(link.toString().contains(PASSWORD.reveal()), link.toString());
    }

    @Test
    void no_directory_is_no_link() {
        assertEquals(DirectoryKind.NONE, DirectoryLink.none().kind());
        assertFalse(DirectoryLink.none().isLinked());
    }

    // every setting given

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void rejects_an_ad_link_without_a_domain_name(String domainName) {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.AD_DOMAIN_NAME, () -> ad(domainName, "admin", PASSWORD, "10.0.0.1"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_an_ad_link_without_a_username(String username) {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.AD_USER_NAME, () -> ad("example.com", username, PASSWORD, "10.0.0.1"));
    }

    @Test
    void rejects_an_ad_link_without_a_password() {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_PASSWORD, () -> ad("example.com", "admin", null, "10.0.0.1"));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_PASSWORD,
                () -> ad("example.com", "admin", Password.of(""), "10.0.0.1"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_link_without_a_server_ip(String serverIp) {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_SERVER_IP, () -> ad("example.com", "admin", PASSWORD, serverIp));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_SERVER_IP, () -> ldap(serverIp, "dc=a", "cn=b", PASSWORD));
    }

    @Test
    void rejects_an_ldap_link_without_base_dn_root_dn_or_password() {
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.LDAP_BASE_DN, () -> ldap("10.0.0.1", "", "cn=b", PASSWORD));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.LDAP_ROOT_DN, () -> ldap("10.0.0.1", "dc=a", null, PASSWORD));
        assertRejected(DIRECTORY_SETTING_MISSING, Subject.DIRECTORY_PASSWORD, () -> ldap("10.0.0.1", "dc=a", "cn=b", null));
    }

    // the server an IPv4 address

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.0.0.1", "192.168.100.254", "255.255.255.255"})
    void accepts_an_ipv4_server(String serverIp) {
        assertEquals(serverIp, ad("example.com", "admin", PASSWORD, serverIp).serverIp());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"256.0.0.1", "10.0.0", "10.0.0.1.2", "ad.example.com", "::1", "010.0.0.1", " 10.0.0.1", "10.0.0.-1"})
    void rejects_a_server_that_is_not_an_ipv4_address(String serverIp) {
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.DIRECTORY_SERVER_IP, () -> ad("example.com", "admin", PASSWORD, serverIp));
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.DIRECTORY_SERVER_IP, () -> DirectoryRules.serverIpIsAnIpv4Address(serverIp));
    }

    // the AD domain a DNS name

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "corp.example.com", "CORP", "ad-1.example.org"})
    void accepts_a_dns_domain_name(String domainName) {
        assertEquals(domainName, ad(domainName, "admin", PASSWORD, "10.0.0.1").domainName());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"example..com", ".example.com", "example.com.", "-corp.com", "corp-.com", "ex ample.com", "corp_1.com"})
    void rejects_a_domain_name_that_is_not_a_dns_name(String domainName) {
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.AD_DOMAIN_NAME, () -> ad(domainName, "admin", PASSWORD, "10.0.0.1"));
    }

    // the LDAP base and root a distinguished name

    @ParameterizedTest
    @ValueSource(strings = {"dc=example,dc=com", "cn=admin,dc=example,dc=com", "ou=People, dc=example, dc=com", "o=corp"})
    void accepts_a_distinguished_name(String dn) {
        assertEquals(dn, ldap("10.0.0.1", dn, dn, PASSWORD).baseDn());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"example.com", "dc=", "=example", "dc=example,", "dc=example,,dc=com", "1dc=example"})
    void rejects_what_is_not_a_distinguished_name(String dn) {
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.LDAP_BASE_DN, () -> ldap("10.0.0.1", dn, "cn=admin", PASSWORD));
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.LDAP_ROOT_DN, () -> ldap("10.0.0.1", "dc=a", dn, PASSWORD));
    }

    // none longer than 255 characters

    @Test
    void rejects_a_setting_of_more_than_255_characters() {
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.AD_USER_NAME,
                () -> ad("example.com", "a".repeat(256), PASSWORD, "10.0.0.1"));
        assertRejected(DIRECTORY_SETTING_INVALID, Subject.LDAP_BASE_DN,
                () -> ldap("10.0.0.1", "dc=" + "a".repeat(253), "cn=admin", PASSWORD));
    }
}

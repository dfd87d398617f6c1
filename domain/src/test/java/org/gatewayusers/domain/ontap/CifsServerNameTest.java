package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_NAME_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The NetBIOS name of a CIFS server, which is also the local domain of its users. */
class CifsServerNameTest {

    @ParameterizedTest
    @CsvSource({"smb_server01, SMB_SERVER01", "Smb-1, SMB-1", "SMB, SMB"})
    void is_stored_in_upper_case(String raw, String stored) {
        assertEquals(stored, new CifsServerName(raw).value());
        assertEquals(stored, CifsServerName.parse(raw).toString());
    }

    @Test
    void equals_the_same_name_in_another_case() {
        assertEquals(new CifsServerName("SMB_SERVER01"), new CifsServerName("smb_server01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "SMB_SERVER01", "12345678901234A", "aaaaaaaaaaaaaaa", "S!#$%&'()-^_{}~", "1A", "a.b"})
    void accepts_a_netbios_name_of_up_to_fifteen_characters(String name) {
        assertEquals(name.toUpperCase(java.util.Locale.ROOT), new CifsServerName(name).value());
    }

    @Test
    void rejects_a_name_of_sixteen_characters() {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME, () -> CifsServerName.parse("A".repeat(16)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "12345", ".SMB", "SMB SERVER", "SMB\\1", "SMB/1", "SMB*", "SMB@1", "SMB:1", "SMB,1",
            "SMB\"", "SMB+1", "SMB=1", "SMB;1", "SMB?", "SMB|1", "SMB<1>", "SMB[1]"})
    void rejects_a_name_that_is_not_a_netbios_name(String name) {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME, () -> CifsServerName.parse(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUILTIN", "builtin", "Builtin"})
    void rejects_the_name_of_the_builtin_domain(String name) {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME, () -> CifsServerName.parse(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMINISTRATOR", "administrator"})
    void rejects_the_name_of_the_builtin_administrator_that_every_cifs_server_brings(String name) {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME, () -> CifsServerName.parse(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUILTIN1", "XBUILTIN", "BUILTI"})
    void accepts_a_name_that_only_resembles_builtin(String name) {
        assertEquals(name, new CifsServerName(name).value());
    }

    @Test
    void rejects_a_missing_name() {
        assertRejected(CIFS_SERVER_NAME_INVALID, Subject.NAME, () -> CifsServerName.parse(null));
    }

    @Test
    void is_the_local_domain_of_its_server() {
        CifsServerName name = new CifsServerName("SMB_SERVER01");
        assertEquals(name, new CifsServer(name).localDomain());
    }
}

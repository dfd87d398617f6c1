package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_NAME_INVALID;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_UUID_DOES_NOT_MATCH_NAME;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.gatewayusers.domain.ontap.CifsServer;
import org.gatewayusers.domain.ontap.CifsServerName;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateCifsServerTest {

    private final Svm svm1 = aDataSvm().named("svm1").withoutCifsServer().build();
    private final InMemorySvms svms = new InMemorySvms(svm1);
    private final CreateCifsServer createCifsServer = new CreateCifsServer(svms);

    private Optional<CifsServer> storedServer() {
        return svms.withUuid(svm1.uuid()).orElseThrow().cifsServer();
    }

    @Test
    void gives_the_svm_its_cifs_server_stored_in_upper_case() {
        SvmView view = createCifsServer.create(SvmSelector.byName("svm1"), "smb_server01");

        assertEquals("SMB_SERVER01", view.cifsServer());
        assertEquals(Optional.of(new CifsServer(new CifsServerName("SMB_SERVER01"))), storedServer());
        assertEquals("SMB_SERVER01", storedServer().orElseThrow().name().value());
    }

    @Test
    void keeps_the_identity_of_the_svm() {
        SvmView view = createCifsServer.create(SvmSelector.byUuid(svm1.uuid().value()), "SMB_SERVER01");

        assertEquals(svm1.uuid().value(), view.uuid());
        assertEquals("svm1", view.name());
        assertEquals(svm1.domainSid(), svms.withUuid(svm1.uuid()).orElseThrow().domainSid());
        assertEquals(1, svms.count());
    }

    @Test
    void accepts_fifteen_characters() {
        assertEquals("A23456789012345", createCifsServer.create(SvmSelector.byName("svm1"), "a23456789012345").cifsServer());
    }

    @Test
    void rejects_a_name_longer_than_fifteen_characters() {
        assertRejected(CIFS_SERVER_NAME_INVALID, "name",
                () -> createCifsServer.create(SvmSelector.byName("svm1"), "A234567890123456"));
        assertEquals(Optional.empty(), storedServer());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "12345", ".SMB", "SMB SERVER", "SMB\\1", "SMB*1"})
    void rejects_a_name_that_is_not_a_netbios_name(String name) {
        assertRejected(CIFS_SERVER_NAME_INVALID, "name", () -> createCifsServer.create(SvmSelector.byName("svm1"), name));
        assertEquals(Optional.empty(), storedServer());
    }

    @Test
    void rejects_a_second_cifs_server_and_keeps_the_first() {
        createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER01");

        assertRejected(CIFS_SERVER_EXISTS, "svm", () -> createCifsServer.create(SvmSelector.byName("svm1"), "SMB_SERVER02"));
        assertEquals("SMB_SERVER01", storedServer().orElseThrow().name().value());
    }

    @Test
    void rejects_a_cifs_server_on_a_svm_that_is_not_a_data_svm() {
        svms.add(anAdminSvm().named("cluster1").build());

        assertRejected(SVM_NOT_DATA, "svm", () -> createCifsServer.create(SvmSelector.byName("cluster1"), "SMB_SERVER01"));
    }

    @Test
    void rejects_an_unknown_svm() {
        assertRejected(SVM_NOT_FOUND, "svm.name", () -> createCifsServer.create(SvmSelector.byName("svm9"), "SMB_SERVER01"));
        assertRejected(SVM_NOT_FOUND, "svm.uuid",
                () -> createCifsServer.create(SvmSelector.byUuid(SvmUuid.random().value()), "SMB_SERVER01"));
    }

    @Test
    void rejects_a_uuid_and_a_name_of_different_svms() {
        assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, "svm.name",
                () -> createCifsServer.create(SvmSelector.of(svm1.uuid().value(), "svm2"), "SMB_SERVER01"));
        assertEquals(Optional.empty(), storedServer());
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_HAS_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.shared.FakeCredentialHasher;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSelector;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code DELETE /api/svm/svms/{uuid}}: only a data SVM that runs no CIFS server. */
class DeleteSvmTest {

    private final Svm svm1 = aDataSvm().named("svm1").withoutCifsServer().build();
    private final Svm svm2 = aCifsSvm().named("svm2").build();
    private final Svm admin = anAdminSvm().named("cluster1").withoutCifsServer().build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2, admin);
    private final InMemoryLocalUsers localUsers = new InMemoryLocalUsers();
    private final InMemoryLocalGroups localGroups = new InMemoryLocalGroups();
    private final DeleteSvm deleteSvm = new DeleteSvm(svms, localUsers, localGroups);

    @Test
    void removes_a_data_svm_without_a_cifs_server() {
        deleteSvm.delete(svm1.uuid().value());

        assertEquals(Optional.empty(), svms.withUuid(svm1.uuid()));
        assertEquals(List.of("svm2", "cluster1"), svms.names());
    }

    @Test
    void reads_the_uuid_in_upper_case() {
        deleteSvm.delete(svm1.uuid().value().toUpperCase());

        assertEquals(Optional.empty(), svms.withUuid(svm1.uuid()));
    }

    @Test
    void frees_the_name_for_a_new_svm() {
        deleteSvm.delete(svm1.uuid().value());

        SvmView again = new CreateSvm(svms, new SecureRandom()).create("svm1");

        assertEquals("svm1", again.name());
        assertNotEquals(svm1.uuid().value(), again.uuid());
    }

    @Test
    void refuses_an_svm_that_runs_a_cifs_server() {
        assertRejected(SVM_HAS_CIFS_SERVER, Subject.UUID, () -> deleteSvm.delete(svm2.uuid().value()));

        assertTrue(svms.withUuid(svm2.uuid()).isPresent());
    }

    @Test
    void refuses_an_svm_whose_cifs_server_brought_users_and_groups_until_it_is_deleted() {
        Svm svm3 = aDataSvm().named("svm3").withoutCifsServer().build();
        svms.add(svm3);
        new CreateCifsServer(svms, localUsers, localGroups, new FakeCredentialHasher(), new SecureRandom())
                .create(SvmSelector.byName("svm3"), "SMB_SERVER03");

        assertRejected(SVM_HAS_CIFS_SERVER, Subject.UUID, () -> deleteSvm.delete(svm3.uuid().value()));
        assertEquals(1, localUsers.ofSvm(svm3.uuid()).size());

        new DeleteCifsServer(svms, localUsers, localGroups).delete(svm3.uuid().value());
        deleteSvm.delete(svm3.uuid().value());

        assertEquals(Optional.empty(), svms.withUuid(svm3.uuid()));
        assertEquals(List.of(), localUsers.all());
        assertEquals(List.of(), localGroups.all());
    }

    @Test
    void refuses_the_admin_svm() {
        assertRejected(SVM_NOT_DATA, Subject.SVM, () -> deleteSvm.delete(admin.uuid().value()));

        assertTrue(svms.withUuid(admin.uuid()).isPresent());
    }

    @Test
    void finds_no_entry_for_an_unknown_uuid() {
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteSvm.delete(SvmUuid.random().value()));
        assertEquals(3, svms.count());
    }

    @Test
    void finds_no_entry_for_a_second_delete() {
        deleteSvm.delete(svm1.uuid().value());

        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteSvm.delete(svm1.uuid().value()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "svm1", "1-2-3-4-5"})
    void finds_no_entry_for_what_is_not_a_uuid(String uuid) {
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> deleteSvm.delete(uuid));
        assertEquals(3, svms.count());
    }
}

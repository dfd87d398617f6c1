package org.gatewayusers.persistence.shared.smbexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaSmbAccountExportsTest {

    private static final String SVM = "11111111-41be-11e9-81d5-00a0986138f7";
    private static final String DOMAIN_SID = "S-1-5-21-1-2-3";
    private static final String HASH_A = "8846F7EAEE8FB117AD06BDD830B7586C";
    private static final String HASH_B = "8FE16B23668E23A1A25D704D9F51ABEA";

    private InMemoryDatabase database;

    @BeforeEach
    void an_svm_with_a_cifs_server_and_a_file_gateway() {
        database = InMemoryDatabase.migrated();
        sql("INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid, cifs_server_name)"
                + " VALUES (?1, 'svm9', 'DATA', ?2, 2000, 'SMB_SERVER09')", SVM, DOMAIN_SID);
        sql("INSERT INTO sgw_storage_bundle (id, name, region_id, created_at) VALUES ('sb-1', 'b1', 'cn-shanghai', 0)");
        sql("INSERT INTO sgw_gateway (id, storage_bundle_id, name, gateway_type, location, state, directory_kind,"
                + " ldap_tls, last_task_sequence, created_at) VALUES (?1, 'sb-1', 'g1', ?2, 'CLOUD', 'RUNNING', 'NONE',"
                + " FALSE, 0, 0)", "gw-file", "FILE");
        sql("INSERT INTO sgw_gateway (id, storage_bundle_id, name, gateway_type, location, state, directory_kind,"
                + " ldap_tls, last_task_sequence, created_at) VALUES (?1, 'sb-1', 'g2', ?2, 'CLOUD', 'RUNNING', 'NONE',"
                + " FALSE, 0, 0)", "gw-iscsi", "ISCSI");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exports_the_local_users_of_a_cifs_server_by_rid_with_short_names_hashes_and_flags() {
        user(1001, "sam", HASH_B, true, 1_700_000_100L);
        user(500, "Administrator", HASH_A, true, 1_700_000_000L);
        user(1000, "alex", HASH_A, false, 1_700_000_050L);

        SmbAccountExport export = read(exports -> exports.ofCifsServer(SVM)).orElseThrow();

        assertEquals("SMB_SERVER09", export.domain());
        assertEquals(List.of(
                new SmbAccountExport.Account("Administrator", OptionalLong.of(500), HASH_A, true, Instant.ofEpochSecond(1_700_000_000L)),
                new SmbAccountExport.Account("alex", OptionalLong.of(1000), HASH_A, false, Instant.ofEpochSecond(1_700_000_050L)),
                new SmbAccountExport.Account("sam", OptionalLong.of(1001), HASH_B, true, Instant.ofEpochSecond(1_700_000_100L))),
                export.accounts());
    }

    @Test
    void exports_the_svm_s_own_groups_with_their_members_but_not_the_builtin_ones() {
        user(1000, "alex", HASH_A, false, 1L);
        user(1001, "sam", HASH_A, false, 1L);
        group(1003, "SMB_SERVER09\\engineers");
        group(1002, "SMB_SERVER09\\empty");
        sql("INSERT INTO cifs_local_group (svm_uuid, sid, name, name_key) VALUES (?1, 'S-1-5-32-545', 'BUILTIN\\Users', 'BUILTIN\\USERS')", SVM);
        member(DOMAIN_SID + "-1003", 1001);
        member(DOMAIN_SID + "-1003", 1000);
        member("S-1-5-32-545", 1000);

        SmbAccountExport export = read(exports -> exports.ofCifsServer(SVM)).orElseThrow();

        assertEquals(List.of(new SmbAccountExport.Group("empty", 1002, List.of()),
                new SmbAccountExport.Group("engineers", 1003, List.of("alex", "sam"))), export.groups());
    }

    @Test
    void a_change_that_leaves_the_credential_keeps_its_change_time() {
        user(1000, "alex", HASH_A, false, 1_000L);
        sql("UPDATE cifs_local_user SET account_disabled = TRUE WHERE rid = 1000");
        assertEquals(Instant.ofEpochSecond(1_000L),
                read(exports -> exports.ofCifsServer(SVM)).orElseThrow().accounts().get(0).credentialChangedAt());
    }

    @Test
    void a_row_inserted_without_a_change_time_gets_the_time_of_its_insert() {
        long before = Instant.now().getEpochSecond();
        sql("INSERT INTO cifs_local_user (svm_uuid, sid, rid, name, name_key, account_disabled, credential_scheme,"
                + " credential_hash) VALUES (?1, ?2, 1000, 'SMB_SERVER09\\alex', 'SMB_SERVER09\\ALEX', FALSE, 'NT', ?3)",
                SVM, DOMAIN_SID + "-1000", HASH_A);

        long changed = read(exports -> exports.ofCifsServer(SVM)).orElseThrow().accounts().get(0)
                .credentialChangedAt().getEpochSecond();
        assertTrue(changed >= before - 1 && changed <= Instant.now().getEpochSecond() + 1, "changed at " + changed);
    }

    @Test
    void leaves_out_credentials_that_are_not_nt_hashes() {
        user(1000, "alex", HASH_A, false, 1L);
        sql("UPDATE cifs_local_user SET credential_scheme = 'OTHER' WHERE rid = 1000");

        assertTrue(read(exports -> exports.ofCifsServer(SVM)).orElseThrow().accounts().isEmpty());
    }

    @Test
    void has_nothing_for_an_unknown_svm_an_svm_without_cifs_server_or_an_admin_svm() {
        sql("INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid, cifs_server_name)"
                + " VALUES ('22222222-0000-0000-0000-000000000000', 'bare', 'DATA', 'S-1-5-21-4-5-6', 1000, NULL)");
        sql("INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid, cifs_server_name)"
                + " VALUES ('33333333-0000-0000-0000-000000000000', 'adm', 'ADMIN', 'S-1-5-21-7-8-9', 1000, 'ADMSRV')");

        assertTrue(read(exports -> exports.ofCifsServer("00000000-0000-0000-0000-000000000000")).isEmpty());
        assertTrue(read(exports -> exports.ofCifsServer("22222222-0000-0000-0000-000000000000")).isEmpty());
        assertTrue(read(exports -> exports.ofCifsServer("33333333-0000-0000-0000-000000000000")).isEmpty());
    }

    @Test
    void exports_the_smb_users_of_a_file_gateway_by_name_and_nothing_for_other_gateways() {
        gatewayUser("gw-file", "robin", HASH_B, 1_700_000_200L);
        gatewayUser("gw-file", "alex", HASH_A, 1_700_000_100L);

        SmbAccountExport export = read(exports -> exports.ofFileGateway("gw-file")).orElseThrow();

        assertEquals("gw-file", export.domain());
        assertEquals(List.of(
                new SmbAccountExport.Account("alex", OptionalLong.empty(), HASH_A, false, Instant.ofEpochSecond(1_700_000_100L)),
                new SmbAccountExport.Account("robin", OptionalLong.empty(), HASH_B, false, Instant.ofEpochSecond(1_700_000_200L))),
                export.accounts());
        assertTrue(export.groups().isEmpty());
        assertTrue(read(exports -> exports.ofFileGateway("gw-iscsi")).isEmpty());
        assertTrue(read(exports -> exports.ofFileGateway("gw-none")).isEmpty());
        assertFalse(read(exports -> exports.ofCifsServer("gw-file")).isPresent());
    }

    private void user(long rid, String name, String hash, boolean disabled, long changedAt) {
        sql("INSERT INTO cifs_local_user (svm_uuid, sid, rid, name, name_key, account_disabled, credential_scheme,"
                + " credential_hash, credential_changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'NT', ?7, ?8)",
                SVM, DOMAIN_SID + "-" + rid, rid, "SMB_SERVER09\\" + name, "SMB_SERVER09\\" + name.toUpperCase(),
                disabled, hash, changedAt);
    }

    private void group(long rid, String name) {
        sql("INSERT INTO cifs_local_group (svm_uuid, sid, name, name_key) VALUES (?1, ?2, ?3, ?4)",
                SVM, DOMAIN_SID + "-" + rid, name, name.toUpperCase());
    }

    private void member(String groupSid, long userRid) {
        sql("INSERT INTO cifs_group_member (svm_uuid, group_sid, member_sid) VALUES (?1, ?2, ?3)",
                SVM, groupSid, DOMAIN_SID + "-" + userRid);
    }

    private void gatewayUser(String gateway, String name, String hash, long changedAt) {
        sql("INSERT INTO sgw_smb_user (gateway_id, name_key, name, credential_scheme, credential_hash, credential_changed_at)"
                + " VALUES (?1, ?2, ?3, 'NT', ?4, ?5)", gateway, name.toUpperCase(), name, hash, changedAt);
    }

    private <T> T read(Function<JpaSmbAccountExports, T> reading) {
        return database.fromTransaction(em -> reading.apply(exports(em)));
    }

    private static JpaSmbAccountExports exports(EntityManager em) {
        JpaSmbAccountExports exports = new JpaSmbAccountExports();
        exports.em = em;
        return exports;
    }

    private void sql(String statement, Object... parameters) {
        database.inTransaction(em -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}

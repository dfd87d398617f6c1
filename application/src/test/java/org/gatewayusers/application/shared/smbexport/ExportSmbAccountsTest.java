package org.gatewayusers.application.shared.smbexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gatewayusers.application.shared.smbexport.ExportSmbAccounts.Kind;
import org.gatewayusers.application.shared.smbexport.ExportSmbAccounts.Source;
import org.junit.jupiter.api.Test;

class ExportSmbAccountsTest {

    private static final String HASH = "8846F7EAEE8FB117AD06BDD830B7586C";

    private final InMemoryExports stored = new InMemoryExports();
    private final ExportSmbAccounts export = new ExportSmbAccounts(stored);

    @Test
    void exports_a_cifs_server_by_its_svm_and_a_file_gateway_by_its_id() {
        stored.cifsServers.put("svm-uuid", new SmbAccountExport("SMB_SERVER01", List.of(account("alex")), List.of()));
        stored.gateways.put("gw-1", new SmbAccountExport("gw-1", List.of(account("robin")), List.of()));

        assertEquals("alex", export.export(new Source(Kind.CIFS_SERVER, "svm-uuid")).orElseThrow().accounts().get(0).name());
        assertEquals("robin", export.export(new Source(Kind.FILE_GATEWAY, "gw-1")).orElseThrow().accounts().get(0).name());
    }

    @Test
    void is_empty_for_a_server_that_does_not_exist_and_never_mixes_the_two_kinds() {
        stored.cifsServers.put("same-id", new SmbAccountExport("SMB_SERVER01", List.of(), List.of()));

        assertTrue(export.export(new Source(Kind.CIFS_SERVER, "no-such-svm")).isEmpty());
        assertTrue(export.export(new Source(Kind.FILE_GATEWAY, "same-id")).isEmpty());
    }

    @Test
    void a_group_lists_only_accounts_of_the_same_export_each_once() {
        stored.cifsServers.put("svm-uuid", new SmbAccountExport("SMB_SERVER01", List.of(account("alex"), account("sam")),
                List.of(new SmbAccountExport.Group("engineers", 1005, List.of("alex", "gone", "sam", "alex")))));

        assertEquals(List.of("alex", "sam"),
                export.export(new Source(Kind.CIFS_SERVER, "svm-uuid")).orElseThrow().groups().get(0).members());
    }

    @Test
    void an_account_never_prints_its_hash() {
        assertFalse(account("alex").toString().contains(HASH));
    }

    private static SmbAccountExport.Account account(String name) {
        return new SmbAccountExport.Account(name, OptionalLong.of(1000), HASH, false, Instant.ofEpochSecond(1_700_000_000));
    }

    private static final class InMemoryExports implements SmbAccountExports {

        final Map<String, SmbAccountExport> cifsServers = new HashMap<>();
        final Map<String, SmbAccountExport> gateways = new HashMap<>();

        @Override
        public Optional<SmbAccountExport> ofCifsServer(String svmUuid) {
            return Optional.ofNullable(cifsServers.get(svmUuid));
        }

        @Override
        public Optional<SmbAccountExport> ofFileGateway(String gatewayId) {
            return Optional.ofNullable(gateways.get(gatewayId));
        }
    }
}

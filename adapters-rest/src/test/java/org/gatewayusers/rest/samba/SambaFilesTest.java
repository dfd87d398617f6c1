package org.gatewayusers.rest.samba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport.Account;
import org.gatewayusers.application.shared.smbexport.SmbAccountExport.Group;
import org.junit.jupiter.api.Test;

class SambaFilesTest {

    private static final String HASH = "8846F7EAEE8FB117AD06BDD830B7586C";
    private static final Instant CHANGED = Instant.ofEpochSecond(0x6574A3C0L);

    @Test
    void writes_one_smbpasswd_line_per_account_with_its_nt_hash_flags_and_last_change_time() {
        SambaFiles files = SambaFiles.of(export(List.of(ontap("alex", 1000, false), ontap("sam", 1001, true)), List.of()));

        assertEquals("alex:1001000:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:8846F7EAEE8FB117AD06BDD830B7586C:[U          ]:LCT-6574A3C0:\n"
                + "sam:1001001:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:8846F7EAEE8FB117AD06BDD830B7586C:[DU         ]:LCT-6574A3C0:\n",
                files.smbpasswd());
    }

    @Test
    void writes_account_names_in_lower_case_as_samba_looks_them_up_whatever_case_a_client_sends() {
        SambaFiles files = SambaFiles.of(export(List.of(ontap("Alex.Smith", 1000, false)),
                List.of(new Group("Engineers", 1005, List.of("Alex.Smith")))));

        assertTrue(files.smbpasswd().startsWith("alex.smith:1001000:"));
        assertTrue(files.passwd().contains("\nalex.smith:x:1001000:"));
        assertTrue(files.group().endsWith("\nEngineers:x:1001005:alex.smith\n"), files.group());
    }

    @Test
    void gives_each_account_a_unix_identity_in_the_shared_primary_group_beside_the_guest() {
        SambaFiles files = SambaFiles.of(export(List.of(ontap("alex", 1000, false)), List.of()));

        assertEquals("smbguest@export:x:999999:999999:guest:/nonexistent:/usr/sbin/nologin\n"
                + "alex:x:1001000:999999::/nonexistent:/usr/sbin/nologin\n", files.passwd());
        assertTrue(files.group().startsWith("smbusers@export:x:999999:\n"));
    }

    @Test
    void writes_local_groups_with_their_members_under_an_id_from_their_rid() {
        SambaFiles files = SambaFiles.of(export(List.of(ontap("alex", 1000, false), ontap("sam", 1001, false)),
                List.of(new Group("engineers", 1005, List.of("alex", "sam")), new Group("empty", 1006, List.of()))));

        assertEquals("smbusers@export:x:999999:\nengineers:x:1001005:alex,sam\nempty:x:1001006:\n", files.group());
        assertEquals(2, files.groups());
    }

    @Test
    void gives_accounts_without_a_rid_stable_distinct_ids_whatever_else_the_export_holds() {
        long robin = uidOf(SambaFiles.of(export(List.of(gateway("robin")), List.of())), "robin");
        long robinAmongOthers = uidOf(SambaFiles.of(export(List.of(gateway("alex"), gateway("robin"), gateway("zoe")),
                List.of())), "robin");

        assertEquals(robin, robinAmongOthers);
        assertTrue(robin >= SambaFiles.HASHED_BASE);
        List<Account> many = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> gateway("user" + i)).toList();
        SambaFiles files = SambaFiles.of(export(many, List.of()));
        assertEquals(2000, files.passwd().lines().skip(1).map(line -> line.split(":")[2]).distinct().count());
    }

    @Test
    void leaves_out_names_the_files_cannot_hold_and_hashes_that_are_not_nt_hashes() {
        SambaFiles files = SambaFiles.of(export(List.of(ontap("bad:name", 1000, false), ontap("alex", 1001, false),
                new Account("odd", OptionalLong.of(1002), "not-a-hash", false, CHANGED)),
                List.of(new Group("eng", 1005, List.of("bad:name", "alex", "odd")), new Group("a,b", 1006, List.of("alex")))));

        assertEquals(1, files.accounts());
        assertFalse(files.smbpasswd().contains("bad") || files.smbpasswd().contains("odd"));
        assertEquals("smbusers@export:x:999999:\neng:x:1001005:alex\n", files.group());
    }

    @Test
    void a_credential_never_changed_still_has_a_last_change_time_samba_accepts() {
        SambaFiles files = SambaFiles.of(export(List.of(new Account("alex", OptionalLong.of(1000), HASH, false,
                Instant.EPOCH)), List.of()));

        assertTrue(files.smbpasswd().contains(":LCT-00000001:"), files.smbpasswd());
    }

    @Test
    void the_entity_tag_follows_the_content_only() {
        SmbAccountExport one = export(List.of(ontap("alex", 1000, false)), List.of());

        assertEquals(SambaFiles.of(one).entityTag(),
                SambaFiles.of(export(List.of(ontap("alex", 1000, false)), List.of())).entityTag());
        assertNotEquals(SambaFiles.of(one).entityTag(),
                SambaFiles.of(export(List.of(ontap("alex", 1000, true)), List.of())).entityTag());
        assertNotEquals(SambaFiles.of(one).entityTag(), SambaFiles.of(export(List.of(ontap("alex", 1000, false)),
                List.of(new Group("eng", 1005, List.of("alex"))))).entityTag());
    }

    private static long uidOf(SambaFiles files, String name) {
        return Arrays.stream(files.passwd().split("\n")).filter(line -> line.startsWith(name + ":"))
                .map(line -> Long.parseLong(line.split(":")[2])).findFirst().orElseThrow();
    }

    private static SmbAccountExport export(List<Account> accounts, List<Group> groups) {
        return new SmbAccountExport("SMB_SERVER01", accounts, groups);
    }

    private static Account ontap(String name, long rid, boolean disabled) {
        return new Account(name, OptionalLong.of(rid), HASH, disabled, CHANGED);
    }

    private static Account gateway(String name) {
        return new Account(name, OptionalLong.empty(), HASH, false, CHANGED);
    }
}

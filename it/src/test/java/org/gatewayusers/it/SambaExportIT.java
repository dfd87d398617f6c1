package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The export a Samba server's sync tool polls, {@code /samba-export/...}: what it holds, that only an admin gets it, and
 * that its entity tag makes an unchanged poll a bodiless {@code 304}. ({@link SambaLoginsIT} logs in with it for real.)
 */
class SambaExportIT {

    /** The NT hash of {@link OntapClient#PASSWORD}, {@code Secr3t!pw}: MD4 over its UTF-16LE bytes. */
    private static final String PASSWORD_NT_HASH = "D9FE524DEB5705AC74EA341FF18AFE93";

    private final OntapClient ontap = new OntapClient();

    @Test
    void gives_an_admin_the_smbpasswd_passwd_and_group_files_of_an_svm_s_cifs_server() {
        String server = "EXP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String svm = ontap.newSvmWithCifsServer(server);
        String alex = ontap.createUser(svm, "alex");
        ontap.patch(OntapClient.userPath(svm, alex), Json.createObjectBuilder().add("account_disabled", true).build())
                .assertStatus(200);
        ontap.createUser(svm, "sam");
        ontap.post(OntapClient.LOCAL_GROUPS, Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("uuid", svm))
                .add("name", "engineers").add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "sam"))).build()).assertStatus(201);
        long rid = Long.parseLong(alex.substring(alex.lastIndexOf('-') + 1));

        Reply reply = ontap.get("/samba-export/svms/" + svm).assertStatus(200);

        JsonObject export = reply.json();
        assertEquals(server, export.getString("domain"));
        assertEquals(3, export.getInt("accounts"), "Administrator, alex and sam");
        assertEquals(1, export.getInt("groups"), "engineers; not the BUILTIN groups");
        assertTrue(Pattern.compile("(?m)^alex:" + (1_000_000 + rid) + ":X{32}:" + PASSWORD_NT_HASH
                + ":\\[DU {9}\\]:LCT-[0-9A-F]{8}:$").matcher(export.getString("smbpasswd")).find(), export.getString("smbpasswd"));
        assertTrue(Pattern.compile("(?m)^sam:\\d+:X{32}:" + PASSWORD_NT_HASH + ":\\[U {10}\\]:LCT-")
                .matcher(export.getString("smbpasswd")).find());
        assertTrue(Pattern.compile("(?m)^administrator:\\d+:X{32}:[0-9A-F]{32}:\\[DU {9}\\]:").matcher(export.getString("smbpasswd")).find(),
                "the built-in Administrator is there, disabled");
        assertTrue(export.getString("passwd").contains("\nalex:x:" + (1_000_000 + rid) + ":999999::/nonexistent:/usr/sbin/nologin\n"));
        assertTrue(Pattern.compile("(?m)^engineers:x:\\d+:sam$").matcher(export.getString("group")).find(), export.getString("group"));
        assertEquals("no-store", reply.header("Cache-Control").orElseThrow());
    }

    @Test
    void an_unchanged_export_is_a_304_without_a_body_and_a_change_gives_a_new_tag() {
        String svm = ontap.newSvmWithCifsServer("ETG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        String path = "/samba-export/svms/" + svm;
        String tag = ontap.get(path).assertStatus(200).header("ETag").orElseThrow();
        assertEquals(tag, ontap.get(path).header("ETag").orElseThrow(), "the same data gives the same tag");

        Reply unchanged = ifNoneMatch(path, tag);
        assertEquals(304, unchanged.status());
        assertEquals("", unchanged.body());

        String sid = ontap.createUser(svm, "robin");
        Reply created = ifNoneMatch(path, tag).assertStatus(200);
        String afterCreate = created.header("ETag").orElseThrow();
        assertNotEquals(tag, afterCreate);
        assertTrue(created.json().getString("smbpasswd").contains("\nrobin:"));

        ontap.patch(OntapClient.userPath(svm, sid), Json.createObjectBuilder().add("password", "An0ther!pw").build())
                .assertStatus(200);
        String afterPassword = ifNoneMatch(path, afterCreate).assertStatus(200).header("ETag").orElseThrow();
        assertNotEquals(afterCreate, afterPassword);

        ontap.patch(OntapClient.userPath(svm, sid), Json.createObjectBuilder().add("full_name", "Robin").build())
                .assertStatus(200);
        assertEquals(304, ifNoneMatch(path, afterPassword).status(), "what Samba does not see changes no tag");
    }

    @Test
    void gives_a_file_gateway_s_users_once_their_task_has_completed() {
        PopClient pop = new PopClient();
        String bundle = pop.sgw("CreateStorageBundle", "StorageBundleName", OntapClient.uniqueName("expbundle"),
                "BackendBucketRegionId", "cn-shanghai").getString("StorageBundleId");
        String gateway = pop.sgw("CreateGateway", "StorageBundleId", bundle, "Name", OntapClient.uniqueName("expgw"),
                "Type", "File", "Location", "Cloud").getString("GatewayId");
        String task = pop.sgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "robin", "Password", "Secr3t!pw")
                .getString("TaskId");
        pop.awaitTask(gateway, task);

        JsonObject export = ontap.get("/samba-export/gateways/" + gateway).assertStatus(200).json();

        assertEquals(gateway, export.getString("domain"));
        assertTrue(Pattern.compile("(?m)^robin:\\d{7,}:X{32}:" + PASSWORD_NT_HASH + ":\\[U {10}\\]:LCT-[0-9A-F]{8}:$")
                .matcher(export.getString("smbpasswd")).find(), export.getString("smbpasswd"));
    }

    @Test
    void only_an_admin_gets_it_and_an_unknown_server_is_a_404() {
        String svm = ontap.newSvmWithCifsServer("AUT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        for (String path : List.of("/samba-export/svms/" + svm, "/samba-export/gateways/gw-none")) {
            Reply anonymous = ontap.anonymous().get(path);
            anonymous.assertOntapError(401, "6");
            assertFalse(anonymous.body().contains("smbpasswd"));
            ontap.as(OntapClient.READONLY, OntapClient.READONLY_PASSWORD).get(path).assertOntapError(403, "6");
            ontap.as(OntapClient.ADMIN, "wrong-password").get(path).assertOntapError(401, "6");
        }
        ontap.get("/samba-export/svms/00000000-0000-0000-0000-000000000000").assertOntapError(404, "4");
        ontap.get("/samba-export/gateways/gw-none").assertOntapError(404, "4");
    }

    @Test
    void the_hashes_it_gives_never_reach_the_server_s_log() throws IOException {
        String svm = ontap.newSvmWithCifsServer("LOG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        ontap.createUser(svm, "logged");
        assertTrue(ontap.get("/samba-export/svms/" + svm).assertStatus(200).body().contains(PASSWORD_NT_HASH));
        ontap.as(OntapClient.READONLY, OntapClient.READONLY_PASSWORD).get("/samba-export/svms/" + svm).assertStatus(403);

        Path logs = Path.of(System.getProperty("liberty.wlp.dir"), "usr", "servers", System.getProperty("liberty.server.name"), "logs");
        assertTrue(Files.isDirectory(logs), "the server's log directory: " + logs);
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String logged = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(logged.toUpperCase(Locale.ROOT).contains(PASSWORD_NT_HASH), "an NT hash in " + file);
            }
        }
    }

    private Reply ifNoneMatch(String path, String tag) {
        return ontap.send(ontap.request(path).header("If-None-Match", tag).GET().build());
    }
}

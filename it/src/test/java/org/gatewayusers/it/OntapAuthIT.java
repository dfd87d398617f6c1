package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.ADMIN;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.PASSWORD;
import static org.gatewayusers.it.OntapClient.READONLY;
import static org.gatewayusers.it.OntapClient.READONLY_PASSWORD;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP Basic on the ONTAP API: 401 with ONTAP's body and a challenge without valid credentials; the roles
 * {@code admin} (everything) and {@code readonly} (reads only, else 403 code 6); accounts of the configuration
 * and of the database ({@code /api/security/accounts}), with UTF-8 names and passwords.
 */
class OntapAuthIT {

    private static final String ACCOUNTS = "/api/security/accounts";
    private static final String CLUSTER_UUID = "1cd8a442-86d1-11e0-ae1c-123478563412";

    private final OntapClient admin = new OntapClient();
    private final OntapClient readonly = admin.as(READONLY, READONLY_PASSWORD);

    private static void assertChallenge(Reply reply) {
        reply.assertOntapError(401, "6");
        String challenge = reply.header("WWW-Authenticate").orElseThrow(() -> new AssertionError("no WWW-Authenticate: " + reply.body()));
        assertTrue(challenge.startsWith("Basic realm="), challenge);
        assertTrue(challenge.contains("charset=\"UTF-8\""), challenge);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cluster", "/api/svm/svms", LOCAL_USERS, "/api/nothing/here", ACCOUNTS})
    void a_request_without_credentials_gets_a_401_with_an_ontap_body_and_a_challenge(String path) {
        assertChallenge(admin.anonymous().get(path));
    }

    @Test
    void a_change_without_credentials_gets_a_401_and_changes_nothing() {
        String name = uniqueName("anon");
        assertChallenge(admin.anonymous().post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)));
        assertEquals(0, admin.getJson(LOCAL_USERS + "?name=" + name).getInt("num_records"));
    }

    @Test
    void wrong_credentials_get_a_401() {
        assertChallenge(admin.as(ADMIN, "wrong-password1").get("/api/cluster"));
        assertChallenge(admin.as("nobody_" + uniqueName(""), "whatever1").get("/api/cluster"));
        assertChallenge(admin.as(ADMIN, "").get("/api/cluster"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "Basic !!!not-base64!!!", "Bearer abc.def.ghi", "Basic YWRtaW4=", "Basic //79/Q==",
            "Digest username=\"admin\""})
    void a_malformed_authorization_header_gets_a_401(String header) {
        Reply reply = admin.anonymous().send(admin.anonymous().request("/api/cluster").header("Authorization", header).GET().build());
        assertChallenge(reply);
    }

    @Test
    void the_rpc_root_does_not_ask_for_basic_credentials() {
        Reply reply = admin.anonymous().get("/?Action=DescribeGateways&Version=2018-05-11&Format=JSON");
        assertFalse(reply.header("WWW-Authenticate").isPresent(), reply.body());
        assertTrue(reply.json().containsKey("RequestId"), reply.body());
    }

    @Test
    void a_readonly_account_reads() {
        assertEquals(200, readonly.get("/api/cluster").status());
        assertEquals(200, readonly.get(LOCAL_USERS + "?svm.name=" + DEMO_SVM).status());
        assertEquals(200, readonly.get("/api/svm/svms").status());
    }

    @Test
    void a_readonly_account_cannot_create_change_or_delete_and_gets_a_403_code_6() {
        String name = uniqueName("ro");
        readonly.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertOntapError(403, "6");
        assertEquals(0, admin.getJson(LOCAL_USERS + "?name=" + name).getInt("num_records"), "nothing was created");

        String svmUuid = OntapClient.DEMO_SVM_UUID;
        String sid = admin.createUser(svmUuid, name);
        String path = OntapClient.userPath(svmUuid, sid);
        readonly.patch(path, Json.createObjectBuilder().add("full_name", "changed").build()).assertOntapError(403, "6");
        readonly.delete(path).assertOntapError(403, "6");
        readonly.patch(LOCAL_USERS + "?name=" + name, "{\"account_disabled\": true}").assertOntapError(403, "6");
        readonly.delete(LOCAL_USERS + "?name=" + name).assertOntapError(403, "6");
        readonly.post("/api/svm/svms", "{\"name\": \"" + uniqueName("svm_") + "\"}").assertOntapError(403, "6");

        JsonObject stored = admin.getJson(path + "?fields=full_name");
        assertEquals("", stored.getString("full_name"), "unchanged: " + stored);
        admin.delete(path).assertStatus(200);
    }

    @Test
    void a_readonly_account_cannot_create_accounts() {
        readonly.post(ACCOUNTS, account(uniqueName("x"), "Passw0rd-long", "admin")).assertOntapError(403, "6");
    }

    @Test
    void an_account_created_with_a_utf8_name_and_password_logs_in_with_them() {
        String name = "bjørn_" + uniqueName("");
        String password = "Pässwörd-Ωmega-密码-1";
        admin.post(ACCOUNTS, account(name, password, "admin")).assertStatus(201);

        OntapClient utf8 = admin.as(name, password);
        assertEquals(200, utf8.get("/api/cluster").status());
        String user = uniqueName("u8");
        utf8.post(LOCAL_USERS, user(DEMO_SVM, user, PASSWORD)).assertStatus(201);
        assertEquals(1, admin.getJson(LOCAL_USERS + "?name=" + user).getInt("num_records"));

        // the same credentials in ISO-8859-1 are not the account's
        String latin1 = "Basic " + Base64.getEncoder().encodeToString(
                (name + ":" + password).getBytes(StandardCharsets.ISO_8859_1));
        HttpRequest request = admin.anonymous().request("/api/cluster").header("Authorization", latin1).GET().build();
        assertChallenge(admin.anonymous().send(request));
        assertChallenge(admin.as(name, "Passwörd-Ωmega-密码-1").get("/api/cluster"));
    }

    @Test
    void an_admin_manages_accounts_whose_passwords_are_never_shown() {
        String name = uniqueName("ops");
        String password = "First-pass-" + uniqueName("");
        Reply created = admin.post(ACCOUNTS + "?return_records=true", Json.createObjectBuilder(account(name, password, "readonly"))
                .add("applications", Json.createArrayBuilder().add(Json.createObjectBuilder().add("application", "http")
                        .add("authentication_methods", Json.createArrayBuilder().add("password"))))
                .add("owner", Json.createObjectBuilder().add("uuid", CLUSTER_UUID)).build()).assertStatus(201);
        assertEquals(ACCOUNTS + "/" + CLUSTER_UUID + "/" + name,
                java.net.URI.create(created.header("Location").orElseThrow()).getPath());
        JsonObject record = created.json().getJsonArray("records").getJsonObject(0);
        assertEquals("readonly", record.getJsonObject("role").getString("name"));

        OntapClient ops = admin.as(name, password);
        assertEquals(200, ops.get("/api/cluster").status());
        ops.post("/api/svm/svms", "{\"name\": \"" + uniqueName("svm_") + "\"}").assertOntapError(403, "6");

        String listed = admin.get(ACCOUNTS + "?fields=*").assertStatus(200).body();
        assertTrue(listed.contains("\"" + name + "\""), listed);
        assertTrue(listed.contains("\"" + ADMIN + "\""), "the configured accounts are listed too: " + listed);
        assertFalse(listed.contains(password) || listed.contains("PBKDF2") || listed.contains("\"password\":"), listed);

        String path = ACCOUNTS + "/" + CLUSTER_UUID + "/" + name;
        assertEquals("readonly", admin.getJson(path).getJsonObject("role").getString("name"));

        // a new password and role: the old password stops working at once
        String second = "Second-pass-" + uniqueName("");
        admin.patch(path, Json.createObjectBuilder().add("password", second).add("role", Json.createObjectBuilder().add("name", "admin")).build())
                .assertStatus(200);
        assertChallenge(ops.get("/api/cluster"));
        OntapClient renewed = admin.as(name, second);
        renewed.post("/api/svm/svms", "{\"name\": \"" + uniqueName("svm_") + "\"}").assertStatus(201);

        admin.post(ACCOUNTS, account(name, "Another-pass-1", "admin")).assertOntapError(409, "1");
        admin.delete(path).assertStatus(200);
        assertChallenge(renewed.get("/api/cluster"));
        admin.get(path).assertOntapError(404, "4");
    }

    @Test
    void account_rules_are_checked() {
        admin.post(ACCOUNTS, account(uniqueName("w"), "short1", "admin")).assertOntapError(400, "2");
        admin.post(ACCOUNTS, account(uniqueName("w"), "no-digits-at-all", "admin")).assertOntapError(400, "2");
        admin.post(ACCOUNTS, account(uniqueName("w"), "Passw0rd-long", "superuser")).assertOntapError(400, "2");
        admin.post(ACCOUNTS, account("bad:name", "Passw0rd-long", "admin")).assertOntapError(400, "2");
        admin.post(ACCOUNTS, account(ADMIN, "Passw0rd-long", "admin")).assertOntapError(409, "1");
        admin.post(ACCOUNTS, "{\"name\": \"x\"}").assertOntapError(400, "262278");
        admin.post(ACCOUNTS, Json.createObjectBuilder(account(uniqueName("w"), "Passw0rd-long", "admin"))
                .add("comment", "unknown field").build()).assertOntapError(400, "2");
    }

    @Test
    void a_configured_account_cannot_be_changed_or_deleted_through_the_api() {
        String path = ACCOUNTS + "/" + CLUSTER_UUID + "/" + ADMIN;
        admin.patch(path, "{\"password\": \"Passw0rd-long\"}").assertOntapError(409, "6");
        admin.delete(path).assertOntapError(409, "6");
        assertEquals(200, admin.get("/api/cluster").status());
    }

    private static JsonObject account(String name, String password, String role) {
        return Json.createObjectBuilder().add("name", name).add("password", password).add("role", role).build();
    }
}

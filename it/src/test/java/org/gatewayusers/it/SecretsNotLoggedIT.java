package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's log (Open Liberty's {@code messages.log}, {@code console.log} in JSON lines, any {@code trace.log} and the FFDC
 * incidents it writes) during a run of creates, password resets and failures in all three dialects holds no password,
 * account secret, HTTP Basic credentials or RPC signature: each is made unique to this run, and the text the server
 * logged meanwhile is searched for it, as it is and in its URL- and Base64-encoded forms.
 */
class SecretsNotLoggedIT {

    private static final String SMARTAG_VERSION = "2018-03-13";

    private final OntapClient ontap = new OntapClient();
    private final PopClient pop = new PopClient();
    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** Every secret sent in this run; none may be in the log. */
    private final Set<String> secrets = new LinkedHashSet<>();

    private String secret(String prefix) {
        String secret = prefix + token;
        secrets.add(secret);
        return secret;
    }

    @Test
    void no_password_secret_or_signature_is_written_to_the_server_log() throws Exception {
        Path logs = Path.of(System.getProperty("liberty.wlp.dir"), "usr", "servers", System.getProperty("liberty.server.name"), "logs");
        assertTrue(Files.isDirectory(logs), "the server's log directory: " + logs);
        Map<Path, Long> before = sizes(logs);

        ontapCreatesResetsAndFailures();
        ontapAccountsAndLogins();
        sgwCreatesAndFailures();
        smartagCreatesResetsAndFailures();
        rpcWithWrongSecretsAndForgedSignatures();

        Thread.sleep(1500); // the server's log writer is asynchronous
        String logged = appended(logs, before);
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            for (String form : forms(secret)) {
                if (logged.contains(form)) {
                    found.add(secret + (form.equals(secret) ? "" : " (as " + form + ")"));
                }
            }
        }
        if (!found.isEmpty()) {
            fail("the server log holds secrets of this run: " + found);
        }
        assertTrue(secrets.size() >= 20, "the run sent its secrets: " + secrets.size());
    }

    private void ontapCreatesResetsAndFailures() {
        String name = uniqueName("log");
        String sid = ontap.createUser(Json.createObjectBuilder(user(DEMO_SVM, name, secret("Lg!1a"))).build());
        String path = OntapClient.userPath(DEMO_SVM_UUID, sid);
        ontap.patch(path, Json.createObjectBuilder().add("password", secret("Rs!2b")).build()).assertStatus(200);
        ontap.patch(path, Json.createObjectBuilder().add("password", secret("weak")).build()).assertOntapError(400, "655733");
        ontap.patch(path, Json.createObjectBuilder().add("password", secret(name + "X1!")).build()).assertOntapError(400, "655733");
        ontap.patch(LOCAL_USERS + "?name=" + name, Json.createObjectBuilder().add("password", secret("Bk!3c")).build()).assertStatus(200);
        ontap.post(LOCAL_USERS, user(DEMO_SVM, name, secret("Dp!4d"))).assertOntapError(409, "655736");
        ontap.post(LOCAL_USERS, user(DEMO_SVM, uniqueName("x") + "*", secret("Il!5e"))).assertOntapError(400, "655668");
        ontap.post(LOCAL_USERS, "{\"name\": \"" + uniqueName("t") + "\", \"password\": \"" + secret("Tr!6f") + "\"")
                .assertOntapError(400, "2");
        ontap.post(LOCAL_USERS, "{\"svm\": {\"name\": \"svm1\"}, \"name\": 7, \"password\": \"" + secret("Ty!7g") + "\"}")
                .assertOntapError(400, "2");
        ontap.delete(path).assertStatus(200);
    }

    private void ontapAccountsAndLogins() {
        String name = uniqueName("acct");
        String first = secret("First-1");
        ontap.post("/api/security/accounts", Json.createObjectBuilder().add("name", name).add("password", first)
                .add("role", "admin").build()).assertStatus(201);
        assertEquals(200, ontap.as(name, first).get("/api/cluster").status());
        String second = secret("Second-2");
        String path = "/api/security/accounts/1cd8a442-86d1-11e0-ae1c-123478563412/" + name;
        ontap.patch(path, Json.createObjectBuilder().add("password", second).build()).assertStatus(200);
        String tooShort = "\u00d8" + token.substring(0, 6);
        secrets.add(tooShort);
        ontap.patch(path, Json.createObjectBuilder().add("password", tooShort).build()).assertOntapError(400, "2");
        ontap.as(name, secret("Wrong-3")).get("/api/cluster").assertOntapError(401, "6");
        ontap.as("nobody" + token, secret("Nobody-4")).get("/api/cluster").assertOntapError(401, "6");
        assertEquals(200, ontap.as(name, second).get("/api/cluster").status());
        ontap.delete(path).assertStatus(200);
        // the demo admin's password and the Basic header that carries it
        secrets.add(OntapClient.ADMIN_PASSWORD);
    }

    private void sgwCreatesAndFailures() {
        String bundle = signedSgw("CreateStorageBundle", "StorageBundleName", "b" + token, "BackendBucketRegionId", "cn-shanghai")
                .json().getString("StorageBundleId");
        String gateway = signedSgw("CreateGateway", "StorageBundleId", bundle, "Name", "g" + token, "Type", "File",
                "Location", "Cloud").json().getString("GatewayId");
        PopClient.Answer created = signedSgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "u" + token,
                "Password", secret("Sm1!"));
        assertEquals(200, created.status(), created.body());
        pop.awaitTask(gateway, created.json().getString("TaskId"));
        assertEquals(400, signedSgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "v" + token,
                "Password", secret("bad pass\u00e9")).status());
        assertEquals(400, signedSgw("CreateGatewaySMBUser", "GatewayId", "gw-nothing" + token, "Username", "w" + token,
                "Password", secret("Sm2!")).status());
        PopClient.Answer ad = signedSgw("SetGatewayADInfo", "GatewayId", gateway, "IsEnabled", "true", "DomainName",
                "corp.example.com", "Username", "admin", "Password", secret("Ad3!"), "ServerIp", "10.0.0.2");
        assertTrue(ad.status() < 500, ad.body());
    }

    private void smartagCreatesResetsAndFailures() {
        Map<String, String> instance = smartag("CreateSmartAccessGatewaySoftware", "UserCount", "5", "StaticIpMode", "false",
                "CidrBlock", "10.77.0.0/24");
        PopClient.Answer created = signedGet(instance);
        if (created.status() != 200) {
            return; // the smartag instance action is not there: its secrets are covered by the failures below
        }
        String sag = created.json().getString("SmartAGId");
        String user = "cu" + token;
        assertEquals(200, signedGet(smartag("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", user,
                "Password", secret("Sag_1x"), "UserMail", "c" + token + "@example.com")).status());
        assertEquals(200, signedGet(smartag("ResetSmartAccessGatewayClientUserPassword", "SmartAGId", sag, "UserName", user,
                "Password", secret("Sag_2y"))).status());
        signedGet(smartag("ResetSmartAccessGatewayClientUserPassword", "SmartAGId", sag, "UserName", user,
                "Password", secret("x")));
        signedGet(smartag("CreateSmartAccessGatewayClientUser", "SmartAGId", "sag-nothing" + token, "UserName", "n" + token,
                "Password", secret("Sag_3z"), "UserMail", "n" + token + "@example.com"));
        signedGet(smartag("DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", user));
    }

    private void rpcWithWrongSecretsAndForgedSignatures() {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("Action", "DescribeStorageBundles", "Version",
                PopClient.SGW_VERSION, "Format", "JSON"));
        String wrongSecret = secret("wrong-secret-");
        Map<String, String> wronglySigned = PopClient.signed("GET", parameters, PopClient.DEMO_ACCESS_KEY_ID, wrongSecret,
                Instant.now(), UUID.randomUUID().toString());
        secrets.add(wronglySigned.get("Signature"));
        PopClient.Answer refused = pop.getAsIs(wronglySigned);
        assertTrue(refused.status() >= 400 && refused.status() < 500, refused.body());

        Map<String, String> forged = new LinkedHashMap<>(parameters);
        forged.put("AccessKeyId", PopClient.DEMO_ACCESS_KEY_ID);
        forged.put("SignatureMethod", "HMAC-SHA1");
        forged.put("SignatureVersion", "1.0");
        forged.put("SignatureNonce", UUID.randomUUID().toString());
        forged.put("Timestamp", PopClient.TIMESTAMP.format(Instant.now()));
        forged.put("Signature", secret("Zm9yZ2Vk"));
        PopClient.Answer forgedAnswer = pop.getAsIs(forged);
        assertTrue(forgedAnswer.status() >= 400 && forgedAnswer.status() < 500, forgedAnswer.body());
        secrets.add(PopClient.DEMO_ACCESS_KEY_SECRET);
    }

    /** A signed hcs-sgw call in JSON; its signature is one of this run's secrets. */
    private PopClient.Answer signedSgw(String action, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", PopClient.SGW_VERSION);
        parameters.put("Format", "JSON");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return signedGet(parameters);
    }

    private PopClient.Answer signedGet(Map<String, String> parameters) {
        Map<String, String> signed = pop.sign("GET", parameters);
        secrets.add(signed.get("Signature"));
        return pop.getAsIs(signed);
    }

    private static Map<String, String> smartag(String action, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", SMARTAG_VERSION);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", "cn-shanghai");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /**
     * The secret as sent, URL-encoded, inside the Base64 of Basic credentials (as a password of admin or alone), and
     * as a JSON log line writes it (the console of the server under test is in JSON: quotes and backslashes escaped,
     * and characters beyond ASCII either as they are or as {@code \\uXXXX}).
     */
    private static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        String json = Json.createValue(secret).toString();
        String inJson = json.substring(1, json.length() - 1);
        forms.add(inJson);
        for (String escape : List.of("\\u%04x", "\\u%04X")) {
            StringBuilder escaped = new StringBuilder();
            inJson.chars().forEach(c -> escaped.append(c < 0x80 ? String.valueOf((char) c) : String.format(escape, c)));
            forms.add(escaped.toString());
        }
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(PopClient.percentEncode(secret));
        forms.add(Base64.getEncoder().encodeToString(("admin:" + secret).getBytes(StandardCharsets.UTF_8)));
        forms.add(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        return forms;
    }

    private static Map<Path, Long> sizes(Path logs) throws IOException {
        Map<Path, Long> sizes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sizes.put(file, Files.size(file));
            }
        }
        return sizes;
    }

    /** What the server wrote to its logs since {@code before}: the new end of each file, and each new file whole. */
    private static String appended(Path logs, Map<Path, Long> before) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                long from = before.getOrDefault(file, 0L);
                long size = Files.size(file);
                if (size < from) {
                    from = 0; // rolled over
                }
                try (InputStream in = Files.newInputStream(file)) {
                    in.skipNBytes(from);
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }
}

package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.Tea;
import com.aliyun.tea.TeaException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only signed, authorised callers get in: signature v1 and RAM policies over HTTP, against the running server; and
 * signature v3 through the vendor's own tea-openapi, each v1 refusal with its v3 twin.
 *
 * <p>The keys of operators come from the database or from the access keys file; there is no API for them. This test
 * writes the file the server reads by default ({@code access-keys.json} in the server's directory, read again when
 * it changes) with keys that can do nothing real: a key allowed only on a gateway that cannot exist and denied
 * {@code CreateGatewaySMBUser} outright, and a disabled key. Their secrets are drawn for this run; the file is deleted
 * afterwards.
 */
class RpcSignatureIT {

    private static final String RESTRICTED_KEY = "it-restricted-key";
    private static final String DISABLED_KEY = "it-disabled-key";
    private static final String SECRET = "it-" + UUID.randomUUID();
    private static final String ACCOUNT = "2000000000000002";
    /** The only gateway the restricted key is allowed on: none of this form is ever created. */
    private static final String NO_SUCH_GATEWAY = "gw-00000000000000000000";
    private static final String MISMATCH = "Specified signature is not matched with our calculation. server string to sign is:";

    private final PopClient demo = new PopClient();

    /** The server's default ACCESS_KEYS_FILE: in {@code it.server.dir} when given (WildFly's), else Liberty's server directory. */
    static Path keysFile() {
        String serverDir = System.getProperty("it.server.dir");
        if (serverDir != null) {
            return Path.of(serverDir, "access-keys.json");
        }
        String wlp = System.getProperty("liberty.wlp.dir", "target/liberty/wlp");
        String server = System.getProperty("liberty.server.name", "gatewayUsers");
        return Path.of(wlp, "usr", "servers", server, "access-keys.json");
    }

    @BeforeAll
    static void writeTheAccessKeysFile() throws IOException {
        Path file = keysFile();
        assertTrue(Files.isDirectory(file.getParent()), "the server's directory " + file.getParent());
        Files.writeString(file, """
                {"AccessKeys": [
                  {"AccessKeyId": "%1$s", "AccessKeySecret": "%3$s", "AccountId": "%4$s",
                   "Policies": [{"Version": "1", "Statement": [
                     {"Effect": "Allow", "Action": "hcs-sgw:*", "Resource": "acs:hcs-sgw:*:%4$s:gateway/%5$s"},
                     {"Effect": "Deny", "Action": "hcs-sgw:CreateGatewaySMBUser", "Resource": "*"}]}]},
                  {"AccessKeyId": "%2$s", "AccessKeySecret": "%3$s", "AccountId": "%4$s", "Enabled": false,
                   "Policies": [{"Version": "1", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]}
                ]}""".formatted(RESTRICTED_KEY, DISABLED_KEY, SECRET, ACCOUNT, NO_SUCH_GATEWAY));
    }

    @AfterAll
    static void deleteTheAccessKeysFile() throws IOException {
        Files.deleteIfExists(keysFile());
    }

    private static Map<String, String> call(String action, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", PopClient.SGW_VERSION);
        parameters.put("Format", "JSON");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static Map<String, String> signedByDemo(String method, Map<String, String> parameters, Instant at) {
        return PopClient.signed(method, parameters, PopClient.DEMO_ACCESS_KEY_ID, PopClient.DEMO_ACCESS_KEY_SECRET, at,
                UUID.randomUUID().toString());
    }

    private static JsonObject assertError(PopClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        JsonObject error = answer.json();
        assertEquals(code, error.getString("Code"), answer.body());
        assertTrue(!error.getString("RequestId").isBlank(), answer.body());
        return error;
    }

    // --- signature v1

    @Test
    void a_signed_request_gets_in() {
        JsonObject bundles = demo.get(call("DescribeStorageBundles")).json();

        assertTrue(bundles.containsKey("TotalCount"), bundles.toString());
    }

    @Test
    void an_unsigned_request_is_refused_as_missing_parameter_naming_access_key_id() {
        JsonObject error = assertError(demo.getAsIs(call("DescribeStorageBundles")), 400, "MissingParameter");

        assertTrue(error.getString("Message").contains("AccessKeyId"), error.toString());
    }

    @Test
    void an_unsigned_request_is_refused_in_xml_when_no_format_is_asked() {
        Map<String, String> parameters = call("DescribeStorageBundles");
        parameters.remove("Format");

        PopClient.Answer answer = demo.getAsIs(parameters);

        assertEquals(400, answer.status(), answer.body());
        assertEquals("Error", answer.xml().getDocumentElement().getTagName());
        assertEquals("MissingParameter", answer.xml().getElementsByTagName("Code").item(0).getTextContent());
    }

    @Test
    void a_request_without_its_signature_is_refused_as_missing_parameter() {
        Map<String, String> parameters = signedByDemo("GET", call("DescribeStorageBundles"), Instant.now());
        parameters.remove("Signature");

        JsonObject error = assertError(demo.getAsIs(parameters), 400, "MissingParameter");
        assertTrue(error.getString("Message").contains("Signature"), error.toString());
    }

    @Test
    void an_unknown_key_is_refused_with_404() {
        PopClient stranger = new PopClient("no-such-key", "whatever");

        assertError(stranger.get(call("DescribeStorageBundles")), 404, "InvalidAccessKeyId.NotFound");
    }

    @Test
    void a_disabled_key_is_refused() {
        assertError(new PopClient(DISABLED_KEY, SECRET).get(call("DescribeStorageBundles")), 400, "InvalidAccessKeyId.Inactive");
    }

    @Test
    void a_tampered_parameter_is_refused_echoing_exactly_the_string_to_sign_of_what_was_sent() {
        Map<String, String> parameters = signedByDemo("GET", call("DescribeGatewaySMBUsers", "GatewayId", NO_SUCH_GATEWAY,
                "PageSize", "10"), Instant.now());
        parameters.put("PageSize", "50");

        JsonObject error = assertError(demo.getAsIs(parameters), 400, "SignatureDoesNotMatch");

        assertEquals(MISMATCH + PopClient.stringToSign("GET", parameters), error.getString("Message"));
    }

    @Test
    void a_wrong_secret_is_refused_echoing_the_string_to_sign_a_client_compares_with_its_own() {
        Map<String, String> parameters = PopClient.signed("POST", call("DescribeStorageBundles", "Description", "a b+c*~é"),
                PopClient.DEMO_ACCESS_KEY_ID, "not-the-secret", Instant.now(), UUID.randomUUID().toString());

        JsonObject error = assertError(demo.postFormAsIs(parameters), 400, "SignatureDoesNotMatch");

        String message = error.getString("Message");
        assertEquals(PopClient.stringToSign("POST", parameters), message.substring(message.indexOf("is:") + "is:".length()));
    }

    @Test
    void a_signature_made_for_get_is_refused_on_a_post() {
        Map<String, String> parameters = signedByDemo("GET", call("DescribeStorageBundles"), Instant.now());

        assertError(demo.postFormAsIs(parameters), 400, "SignatureDoesNotMatch");
    }

    @Test
    void an_old_timestamp_is_refused_as_expired() {
        Instant old = Instant.now().minus(Duration.ofMinutes(20));

        assertError(demo.getAsIs(signedByDemo("GET", call("DescribeStorageBundles"), old)), 400, "InvalidTimeStamp.Expired");
        Instant ahead = Instant.now().plus(Duration.ofMinutes(20));
        assertError(demo.getAsIs(signedByDemo("GET", call("DescribeStorageBundles"), ahead)), 400, "InvalidTimeStamp.Expired");
    }

    @Test
    void a_timestamp_not_in_the_utc_form_is_refused_as_malformed() {
        Map<String, String> parameters = call("DescribeStorageBundles", "Timestamp", "2025-01-02 03:04:05");

        assertError(demo.getAsIs(signedByDemo("GET", parameters, Instant.now())), 400, "InvalidTimeStamp.Format");
    }

    @Test
    void a_reused_nonce_is_refused() {
        Map<String, String> parameters = signedByDemo("GET", call("DescribeStorageBundles"), Instant.now());

        assertEquals(200, demo.getAsIs(parameters).status());
        assertError(demo.getAsIs(parameters), 400, "SignatureNonceUsed");
        Map<String, String> sameNonceOtherCall = PopClient.signed("GET", call("DescribeGateways"),
                PopClient.DEMO_ACCESS_KEY_ID, PopClient.DEMO_ACCESS_KEY_SECRET, Instant.now(), parameters.get("SignatureNonce"));
        assertError(demo.getAsIs(sameNonceOtherCall), 400, "SignatureNonceUsed");
    }

    @Test
    void another_signature_method_is_refused_as_invalid_parameter() {
        Map<String, String> parameters = call("DescribeStorageBundles", "SignatureMethod", "HMAC-SHA256");

        assertError(demo.getAsIs(signedByDemo("GET", parameters, Instant.now())), 400, "InvalidParameter");
    }

    // --- RAM policies

    @Test
    void a_key_may_run_what_its_policy_allows_on_the_resource_it_names() {
        PopClient restricted = new PopClient(RESTRICTED_KEY, SECRET);

        // allowed: the action runs, and finds no such gateway
        assertError(restricted.get(call("DescribeGatewaySMBUsers", "GatewayId", NO_SUCH_GATEWAY)), 400, "GatewayNotExist");
        assertError(restricted.get(call("DescribeTasks", "TargetId", NO_SUCH_GATEWAY)), 400, "GatewayNotExist");
    }

    @Test
    void a_key_whose_policy_denies_the_action_is_refused_with_403_whatever_else_it_allows() {
        PopClient restricted = new PopClient(RESTRICTED_KEY, SECRET);

        assertError(restricted.get(call("CreateGatewaySMBUser", "GatewayId", NO_SUCH_GATEWAY, "Username", "x", "Password", "Secr3t!")),
                403, "Forbidden.RAM");
    }

    @Test
    void a_key_is_refused_what_no_policy_allows() {
        PopClient restricted = new PopClient(RESTRICTED_KEY, SECRET);
        String bundle = demo.sgw("CreateStorageBundle", "StorageBundleName", "ram" + UUID.randomUUID().toString().substring(0, 8),
                "BackendBucketRegionId", "cn-shanghai").getString("StorageBundleId");
        String gateway = demo.sgw("CreateGateway", "StorageBundleId", bundle, "Name", "ramgw", "Type", "File",
                "Location", "Cloud").getString("GatewayId");

        assertError(restricted.get(call("DescribeGatewaySMBUsers", "GatewayId", gateway)), 403, "Forbidden.RAM");
        assertError(restricted.get(call("CreateStorageBundle", "StorageBundleName", "nope", "BackendBucketRegionId", "cn-shanghai")),
                403, "Forbidden.RAM");
        assertError(restricted.get(call("DescribeStorageBundles")), 403, "Forbidden.RAM");
        assertEquals(0, demo.sgw("DescribeGatewaySMBUsers", "GatewayId", gateway).getInt("TotalCount"));
    }

    // --- signature v3, through tea-openapi (the core of every current SDK): each refusal the twin of a v1 one above

    private static final String V3_MISMATCH =
            "The request signature does not conform to Aliyun standards. server string to sign is:ACS3-HMAC-SHA256\n";

    private static TeaException refusedV3(int status, String code, Callable<?> call) {
        TeaException refused = assertThrows(TeaException.class, call::call);
        assertEquals(code, refused.getCode(), refused.getMessage());
        assertEquals(status, refused.getStatusCode(), refused.getMessage());
        assertFalse(String.valueOf(refused.getData().get("RequestId")).isBlank(), refused.getMessage());
        return refused;
    }

    @Test
    void v3_a_call_signed_by_the_sdk_gets_in() throws Exception {
        Map<String, Object> bundles = TeaOpenApi.demo().sgw("DescribeStorageBundles", "PageSize", 10);

        assertTrue(bundles.containsKey("TotalCount"), bundles.toString());
    }

    @Test
    void v3_an_unsigned_call_is_refused_as_incomplete_signature() {
        TeaException refused = refusedV3(400, "IncompleteSignature",
                () -> TeaOpenApi.anonymous().sgw("DescribeStorageBundles"));

        assertTrue(refused.getMessage().contains("Authorization"), refused.getMessage());
    }

    @Test
    void v3_an_unknown_key_is_refused_with_404() {
        refusedV3(404, "InvalidAccessKeyId.NotFound", () -> TeaOpenApi.of("no-such-key", "whatever").sgw("DescribeStorageBundles"));
    }

    @Test
    void v3_a_disabled_key_is_refused() {
        refusedV3(400, "InvalidAccessKeyId.Inactive", () -> TeaOpenApi.of(DISABLED_KEY, SECRET).sgw("DescribeStorageBundles"));
    }

    @Test
    void v3_a_wrong_secret_is_refused_echoing_the_servers_string_to_sign() {
        TeaException refused = refusedV3(400, "IncompleteSignature",
                () -> TeaOpenApi.of(PopClient.DEMO_ACCESS_KEY_ID, "not-the-secret").sgw("DescribeStorageBundles",
                        "Description", "a b+c*~é"));

        String message = String.valueOf(refused.getData().get("Message"));
        assertTrue(message.startsWith(V3_MISMATCH), message);
        assertTrue(message.substring(V3_MISMATCH.length()).matches("[0-9a-f]{64}"), message);
    }

    @Test
    void v3_a_tampered_query_parameter_is_refused() {
        refusedV3(400, "IncompleteSignature", () -> TeaOpenApi.tampered(request -> {
            request.query.put("PageSize", "50");
            return request;
        }, () -> TeaOpenApi.demo().sgw("DescribeGatewaySMBUsers", "GatewayId", NO_SUCH_GATEWAY, "PageSize", 10)));
    }

    @Test
    void v3_a_tampered_body_is_refused_as_not_the_one_its_hash_signed() throws Exception {
        TeaOpenApi sdk = TeaOpenApi.demo();
        Map<String, Object> untouched = sdk.call("DescribeStorageBundles", PopClient.SGW_VERSION, Map.of(),
                Map.of("PageSize", 7));
        assertEquals(7, ((Number) untouched.get("PageSize")).intValue(), untouched.toString());

        TeaException refused = refusedV3(400, "SignatureDoesNotMatch", () -> TeaOpenApi.tampered(request -> {
            request.body = Tea.toReadable("PageSize=50");
            return request;
        }, () -> sdk.call("DescribeStorageBundles", PopClient.SGW_VERSION, Map.of(), Map.of("PageSize", 7))));
        assertTrue(refused.getMessage().contains("x-acs-content-sha256"), refused.getMessage());
    }

    @Test
    void v3_an_old_date_is_refused_as_expired() {
        for (Duration skew : List.of(Duration.ofMinutes(-20), Duration.ofMinutes(20))) {
            String date = PopClient.TIMESTAMP.format(Instant.now().plus(skew));
            refusedV3(400, "InvalidTimeStamp.Expired", () -> TeaOpenApi.demo().call("DescribeStorageBundles",
                    PopClient.SGW_VERSION, Map.of("x-acs-date", date)));
        }
    }

    @Test
    void v3_a_date_not_in_the_utc_form_is_refused_as_malformed() {
        refusedV3(400, "InvalidTimeStamp.Format", () -> TeaOpenApi.demo().call("DescribeStorageBundles",
                PopClient.SGW_VERSION, Map.of("x-acs-date", "2025-01-02 03:04:05")));
    }

    @Test
    void v3_a_reused_nonce_is_refused_and_the_nonce_table_is_the_one_of_v1() throws Exception {
        String nonce = UUID.randomUUID().toString();
        TeaOpenApi sdk = TeaOpenApi.demo();
        sdk.call("DescribeStorageBundles", PopClient.SGW_VERSION, Map.of("x-acs-signature-nonce", nonce));

        refusedV3(400, "SignatureNonceUsed", () -> sdk.call("DescribeGateways", PopClient.SGW_VERSION,
                Map.of("x-acs-signature-nonce", nonce)));
        Map<String, String> v1 = PopClient.signed("GET", call("DescribeStorageBundles"), PopClient.DEMO_ACCESS_KEY_ID,
                PopClient.DEMO_ACCESS_KEY_SECRET, Instant.now(), nonce);
        assertError(demo.getAsIs(v1), 400, "SignatureNonceUsed");
    }

    @Test
    void v3_a_key_may_run_what_its_policy_allows_and_is_refused_what_it_denies_or_does_not_allow() throws Exception {
        TeaOpenApi restricted = TeaOpenApi.of(RESTRICTED_KEY, SECRET);

        refusedV3(400, "GatewayNotExist", () -> restricted.sgw("DescribeGatewaySMBUsers", "GatewayId", NO_SUCH_GATEWAY));
        refusedV3(403, "Forbidden.RAM", () -> restricted.sgw("CreateGatewaySMBUser", "GatewayId", NO_SUCH_GATEWAY,
                "Username", "x", "Password", "Secr3t!"));
        refusedV3(403, "Forbidden.RAM", () -> restricted.sgw("DescribeStorageBundles"));
    }

    @Test
    void v3_errors_asked_in_xml_come_as_the_xml_the_sdk_parses() {
        refusedV3(404, "InvalidAccessKeyId.NotFound",
                () -> TeaOpenApi.of("no-such-key", "whatever").sgw("DescribeStorageBundles", "Format", "XML"));
    }
}

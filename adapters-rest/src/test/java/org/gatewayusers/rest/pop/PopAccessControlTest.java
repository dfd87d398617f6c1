package org.gatewayusers.rest.pop;

import static org.gatewayusers.domain.access.AccessKeyBuilder.anAccessKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.access.FindAccessKey;
import org.gatewayusers.application.access.GuardAgainstReplay;
import org.gatewayusers.application.access.InMemoryAccessKeys;
import org.gatewayusers.application.access.InMemorySignatureNonces;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessPolicy;
import org.gatewayusers.domain.access.ReplayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signature v1 before dispatch, and RAM policies on the resolved action: every refusal with its vendor code. */
class PopAccessControlTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final AccessKey demo = anAccessKey().withId("demo-access-key").withSecret("demo-access-secret")
            .allowingEverything().build();
    private final AccessKey disabled = anAccessKey().withId("off-key").withSecret("off-secret").allowingEverything()
            .disabled().build();
    private final AccessKey restricted = anAccessKey().withId("restricted-key").withSecret("restricted-secret")
            .ofAccount("2000000000000002")
            .allowing("hcs-sgw:*", "*")
            .denying("hcs-sgw:CreateGatewaySMBUser", "*")
            .build();
    private final AccessKey gatewayScoped = anAccessKey().withId("scoped-key").withSecret("scoped-secret")
            .ofAccount("2000000000000002")
            .allowing("hcs-sgw:*", "acs:hcs-sgw:*:2000000000000002:gateway/gw-mine")
            .build();

    private final FixedClock clock = FixedClock.at(NOW);
    private final InMemorySignatureNonces nonces = new InMemorySignatureNonces();
    private final Counting transactions = new Counting();
    private final PopAccessControl access = new PopAccessControl();
    private int nonce;

    /** Runs the work, counting. */
    static final class Counting extends PopTransactions {
        int runs;

        @Override
        public <T> T run(Supplier<T> work) {
            runs++;
            return work.get();
        }
    }

    PopAccessControlTest() {
        access.findAccessKey = new FindAccessKey(InMemoryAccessKeys.of(demo, disabled, restricted, gatewayScoped));
        access.guardAgainstReplay = new GuardAgainstReplay(nonces, clock, ReplayWindow.FIFTEEN_MINUTES);
        access.transactions = transactions;
    }

    /** The call's parameters with every signature field, signed now with a fresh nonce; not yet with Signature. */
    private Map<String, String> unsigned(String keyId, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "DescribeGatewaySMBUsers");
        parameters.put("Version", "2018-05-11");
        parameters.put("Format", "JSON");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        parameters.put("AccessKeyId", keyId);
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.putIfAbsent("SignatureNonce", "nonce-" + ++nonce);
        parameters.putIfAbsent("Timestamp", TIMESTAMP.format(clock.now()));
        return parameters;
    }

    private static Map<String, String> signed(String method, Map<String, String> parameters, String secret) {
        Map<String, String> withSignature = new LinkedHashMap<>(parameters);
        withSignature.put("Signature", PopSignature.sign(org.gatewayusers.domain.access.AccessKeySecret.of(secret),
                PopSignature.stringToSign(method, parameters)));
        return withSignature;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static PopRequest get(Map<String, String> parameters) {
        return PopRequest.of("GET", query(parameters), null);
    }

    private PopRequest signedGet(String keyId, String secret, String... namesAndValues) {
        return get(signed("GET", unsigned(keyId, namesAndValues), secret));
    }

    private PopError refusal(PopRequest request) {
        return assertThrows(PopException.class, () -> access.authenticate(request)).error();
    }

    // --- authentication

    @Test
    void admits_a_request_signed_with_a_known_key_and_names_the_key() {
        assertSame(demo, access.authenticate(signedGet("demo-access-key", "demo-access-secret", "GatewayId", "gw-1")));
    }

    @Test
    void admits_a_post_signed_over_query_and_form_body_together() {
        Map<String, String> parameters = unsigned("demo-access-key", "Username", "al ex", "Password", "p+w/=&");
        Map<String, String> all = signed("POST", parameters, "demo-access-secret");
        Map<String, String> inQuery = new LinkedHashMap<>();
        Map<String, String> inBody = new LinkedHashMap<>();
        all.forEach((name, value) -> (name.startsWith("S") || name.startsWith("A") ? inQuery : inBody).put(name, value));

        assertSame(demo, access.authenticate(PopRequest.of("POST", query(inQuery), query(inBody))));
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"})
    void refuses_a_request_without_a_signature_field_as_missing_parameter(String field) {
        Map<String, String> parameters = signed("GET", unsigned("demo-access-key"), "demo-access-secret");
        parameters.remove(field);

        PopError error = refusal(get(parameters));

        assertEquals(PopErrors.missingParameter(field), error);
        parameters.put(field, "");
        assertEquals(PopErrors.missingParameter(field), refusal(get(parameters)));
    }

    @Test
    void refuses_an_unsigned_request_naming_the_access_key_id_first() {
        assertEquals(PopErrors.missingParameter("AccessKeyId"),
                refusal(PopRequest.of("GET", "Action=DescribeTasks&Version=2018-05-11", null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HMAC-SHA256", "hmac-sha1", "ACS3-HMAC-SHA256"})
    void refuses_another_signature_method_as_invalid_parameter(String method) {
        Map<String, String> parameters = unsigned("demo-access-key");
        parameters.put("SignatureMethod", method);

        PopError error = refusal(get(signed("GET", parameters, "demo-access-secret")));

        assertEquals(400, error.status());
        assertEquals("InvalidParameter", error.code());
        assertTrue(error.message().contains("\"SignatureMethod\""), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "1", "1.0 "})
    void refuses_another_signature_version_as_invalid_parameter(String version) {
        Map<String, String> parameters = unsigned("demo-access-key");
        parameters.put("SignatureVersion", version);

        PopError error = refusal(get(signed("GET", parameters, "demo-access-secret")));

        assertEquals("InvalidParameter", error.code());
        assertTrue(error.message().contains("\"SignatureVersion\""), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-04 05:06:07", "2025-03-04T05:06:07", "2025-03-04T05:06:07.123Z", "2025-03-04T05:06:07+08:00",
            "2025-02-30T05:06:07Z", "2025-03-04T24:00:00Z", "1741064767", "yesterday", "2025-3-4T5:6:7Z"})
    void refuses_a_timestamp_not_in_the_utc_form_as_invalid_timestamp_format(String timestamp) {
        PopError error = refusal(signedGet("demo-access-key", "demo-access-secret", "Timestamp", timestamp));

        assertEquals(new PopError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."), error);
    }

    @Test
    void refuses_an_unknown_key_with_404() {
        assertEquals(new PopError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found."),
                refusal(signedGet("nobody", "whatever")));
    }

    @Test
    void refuses_a_disabled_key() {
        assertEquals(new PopError(400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled."),
                refusal(signedGet("off-key", "off-secret")));
    }

    @Test
    void refuses_a_wrong_secret_echoing_the_servers_string_to_sign_exactly() {
        PopRequest request = get(signed("GET", unsigned("demo-access-key", "SignatureNonce", "n-fixed", "Timestamp", "2025-03-04T05:06:07Z"),
                "wrong-secret"));

        PopError error = refusal(request);

        assertEquals(400, error.status());
        assertEquals("SignatureDoesNotMatch", error.code());
        assertEquals("Specified signature is not matched with our calculation. server string to sign is:"
                + "GET&%2F&AccessKeyId%3Ddemo-access-key%26Action%3DDescribeGatewaySMBUsers%26Format%3DJSON"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dn-fixed%26SignatureVersion%3D1.0"
                + "%26Timestamp%3D2025-03-04T05%253A06%253A07Z%26Version%3D2018-05-11", error.message());
    }

    @Test
    void refuses_a_request_changed_after_signing() {
        Map<String, String> parameters = signed("GET", unsigned("demo-access-key", "GatewayId", "gw-1"), "demo-access-secret");
        parameters.put("GatewayId", "gw-2");

        PopError error = refusal(get(parameters));

        assertEquals("SignatureDoesNotMatch", error.code());
        assertTrue(error.message().endsWith("is:" + PopSignature.stringToSign("GET", parameters)), error.message());
        assertTrue(error.message().contains("GatewayId%3Dgw-2"), error.message());
    }

    @Test
    void refuses_a_parameter_added_after_signing() {
        Map<String, String> parameters = signed("GET", unsigned("demo-access-key"), "demo-access-secret");
        parameters.put("PageSize", "50");

        assertEquals("SignatureDoesNotMatch", refusal(get(parameters)).code());
    }

    @Test
    void refuses_a_get_signature_on_a_post() {
        Map<String, String> parameters = signed("GET", unsigned("demo-access-key"), "demo-access-secret");

        assertEquals("SignatureDoesNotMatch", refusal(PopRequest.of("POST", query(parameters), null)).code());
    }

    @Test
    void refuses_a_request_signed_more_than_15_minutes_ago_or_ahead() {
        PopError expired = new PopError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");

        assertEquals(expired, refusal(signedGet("demo-access-key", "demo-access-secret",
                "Timestamp", TIMESTAMP.format(NOW.minus(Duration.ofMinutes(16))))));
        assertEquals(expired, refusal(signedGet("demo-access-key", "demo-access-secret",
                "Timestamp", TIMESTAMP.format(NOW.plus(Duration.ofMinutes(16))))));
        assertSame(demo, access.authenticate(signedGet("demo-access-key", "demo-access-secret",
                "Timestamp", TIMESTAMP.format(NOW.minus(Duration.ofMinutes(14))))));
    }

    @Test
    void refuses_a_nonce_used_before_by_the_same_key() {
        PopRequest request = signedGet("demo-access-key", "demo-access-secret", "SignatureNonce", "once");
        access.authenticate(request);
        clock.advance(Duration.ofMinutes(10));

        assertEquals(new PopError(400, "SignatureNonceUsed", "Specified signature nonce was used already."), refusal(request));
        assertEquals("SignatureNonceUsed", refusal(signedGet("demo-access-key", "demo-access-secret",
                "SignatureNonce", "once", "GatewayId", "gw-other")).code());
        assertSame(restricted, access.authenticate(signedGet("restricted-key", "restricted-secret", "SignatureNonce", "once")));
    }

    @Test
    void uses_up_no_nonce_on_a_request_it_refuses() {
        refusal(signedGet("demo-access-key", "wrong-secret", "SignatureNonce", "kept"));
        refusal(signedGet("demo-access-key", "demo-access-secret", "SignatureNonce", "kept",
                "Timestamp", TIMESTAMP.format(NOW.minus(Duration.ofHours(1)))));

        assertEquals(0, nonces.size());
        assertSame(demo, access.authenticate(signedGet("demo-access-key", "demo-access-secret", "SignatureNonce", "kept")));
    }

    @Test
    void refuses_a_nonce_longer_than_the_table_keeps() {
        PopError error = refusal(signedGet("demo-access-key", "demo-access-secret", "SignatureNonce", "n".repeat(256)));

        assertEquals("InvalidParameter", error.code());
        assertSame(demo, access.authenticate(signedGet("demo-access-key", "demo-access-secret", "SignatureNonce", "n".repeat(255))));
    }

    @Test
    void checks_key_signature_and_nonce_in_one_transaction_of_their_own() {
        access.authenticate(signedGet("demo-access-key", "demo-access-secret"));

        assertEquals(1, transactions.runs);
    }

    @Test
    void opens_no_transaction_for_a_request_without_its_signature_fields() {
        refusal(PopRequest.of("GET", "Action=DescribeTasks", null));

        assertEquals(0, transactions.runs);
    }

    // --- authorisation

    record Action(String name, String version) implements PopAction {
        @Override
        public java.util.List<PopParameter> parameters() {
            return java.util.List.of();
        }

        @Override
        public PopResponse handle(PopRequest request) {
            throw new AssertionError("not run here");
        }
    }

    private static final PopAction CREATE_SMB_USER = new Action("CreateGatewaySMBUser", "2018-05-11");
    private static final PopAction DESCRIBE_SMB_USERS = new Action("DescribeGatewaySMBUsers", "2018-05-11");
    private static final PopAction DESCRIBE_TASKS = new Action("DescribeTasks", "2018-05-11");
    private static final PopAction CREATE_STORAGE_BUNDLE = new Action("CreateStorageBundle", "2018-05-11");
    private static final PopAction CREATE_CLIENT_USER = new Action("CreateSmartAccessGatewayClientUser", "2018-03-13");

    private static PopRequest parameters(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return get(parameters);
    }

    @Test
    void lets_the_demo_key_run_every_action() {
        access.authorise(demo, CREATE_SMB_USER, parameters("GatewayId", "gw-1"));
        access.authorise(demo, CREATE_STORAGE_BUNDLE, parameters());
        access.authorise(demo, CREATE_CLIENT_USER, parameters("RegionId", "cn-shanghai", "SmartAGId", "sag-1"));
    }

    @Test
    void refuses_an_action_the_keys_policy_denies_with_403_forbidden_ram() {
        PopException refused = assertThrows(PopException.class,
                () -> access.authorise(restricted, CREATE_SMB_USER, parameters("GatewayId", "gw-1")));

        assertEquals(new PopError(403, "Forbidden.RAM",
                "User not authorized to operate on the specified resource, or this API doesn't support RAM."), refused.error());
        access.authorise(restricted, DESCRIBE_SMB_USERS, parameters("GatewayId", "gw-1"));
    }

    @Test
    void refuses_an_action_no_policy_allows() {
        assertEquals("Forbidden.RAM", assertThrows(PopException.class,
                () -> access.authorise(restricted, CREATE_CLIENT_USER, parameters("SmartAGId", "sag-1"))).error().code());
        AccessKey bare = anAccessKey().build();
        assertEquals("Forbidden.RAM", assertThrows(PopException.class,
                () -> access.authorise(bare, DESCRIBE_TASKS, parameters("TargetId", "gw-1"))).error().code());
    }

    @Test
    void matches_a_resource_scoped_policy_against_the_gateway_the_call_names() {
        access.authorise(gatewayScoped, DESCRIBE_SMB_USERS, parameters("GatewayId", "gw-mine"));
        access.authorise(gatewayScoped, DESCRIBE_TASKS, parameters("TargetId", "gw-mine", "RegionId", "cn-shanghai"));

        assertThrows(PopException.class, () -> access.authorise(gatewayScoped, DESCRIBE_SMB_USERS, parameters("GatewayId", "gw-other")));
        assertThrows(PopException.class, () -> access.authorise(gatewayScoped, CREATE_STORAGE_BUNDLE, parameters()));
        assertThrows(PopException.class, () -> access.authorise(gatewayScoped, DESCRIBE_SMB_USERS, parameters()));
    }

    @Test
    void names_the_resource_of_each_product_from_its_parameters() {
        String account = "2000000000000002";

        assertEquals("acs:hcs-sgw:cn-shanghai:" + account + ":gateway/gw-1", PopResources.resource(CREATE_SMB_USER,
                parameters("RegionId", "cn-shanghai", "GatewayId", "gw-1", "StorageBundleId", "sb-1"), account));
        assertEquals("acs:hcs-sgw:*:" + account + ":gateway/gw-1", PopResources.resource(DESCRIBE_TASKS,
                parameters("TargetId", "gw-1"), account));
        assertEquals("acs:hcs-sgw:*:" + account + ":storagebundle/sb-1", PopResources.resource(new Action("CreateGateway", "2018-05-11"),
                parameters("StorageBundleId", "sb-1", "GatewayId", ""), account));
        assertEquals("*", PopResources.resource(CREATE_STORAGE_BUNDLE, parameters("StorageBundleName", "b"), account));
        assertEquals("acs:smartag:cn-shanghai:" + account + ":smartag/sag-1", PopResources.resource(CREATE_CLIENT_USER,
                parameters("RegionId", "cn-shanghai", "SmartAGId", "sag-1"), account));
        assertEquals("*", PopResources.resource(CREATE_CLIENT_USER, parameters("RegionId", "cn-shanghai"), account));
        assertEquals("acs:smartag:*:" + account + ":smartag/sag-2", PopResources.resource(
                new Action("DeleteSmartAccessGateway", "2018-03-13"), parameters("InstanceId", "sag-2"), account));
    }

    @Test
    void names_the_action_with_the_product_of_its_version() {
        assertEquals("hcs-sgw:CreateGatewaySMBUser", PopResources.action(CREATE_SMB_USER));
        assertEquals("smartag:CreateSmartAccessGatewayClientUser", PopResources.action(CREATE_CLIENT_USER));
        assertThrows(IllegalStateException.class, () -> PopResources.product("2000-01-01"));
    }

    @Test
    void a_policy_of_another_account_does_not_cover_the_keys_own_resources() {
        AccessKey otherAccount = anAccessKey().ofAccount("3000000000000003")
                .withPolicy(new AccessPolicy(java.util.List.of(org.gatewayusers.domain.access.PolicyStatement.allow(
                        "hcs-sgw:*", "acs:hcs-sgw:*:2000000000000002:gateway/*")))).build();

        assertThrows(PopException.class, () -> access.authorise(otherAccount, DESCRIBE_SMB_USERS, parameters("GatewayId", "gw-1")));
    }
}

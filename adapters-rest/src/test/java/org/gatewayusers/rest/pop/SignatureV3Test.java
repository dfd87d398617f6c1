package org.gatewayusers.rest.pop;

import static org.gatewayusers.domain.access.AccessKeyBuilder.anAccessKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatewayusers.application.shared.FixedClock;
import org.gatewayusers.application.access.FindAccessKey;
import org.gatewayusers.application.access.GuardAgainstReplay;
import org.gatewayusers.application.access.InMemoryAccessKeys;
import org.gatewayusers.application.access.InMemorySignatureNonces;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.domain.access.AccessKeySecret;
import org.gatewayusers.domain.access.ReplayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signature v3 against the vendor's own signer: every request here is signed by {@code com.aliyun.openapiutil.Client
 * .getAuthorization} (tea-openapi's signer, as {@code callApi} calls it), with the headers {@code doRequest} sets, and
 * must be admitted; each change an attacker or a broken client could make must be refused with the vendor's code.
 */
class SignatureV3Test {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String HOST = "sgw.example.com:9480";

    private final AccessKey demo = anAccessKey().withId("demo-access-key").withSecret("demo-access-secret")
            .allowingEverything().build();
    private final AccessKey disabled = anAccessKey().withId("off-key").withSecret("off-secret").allowingEverything()
            .disabled().build();
    private final FixedClock clock = FixedClock.at(NOW);
    private final PopAccessControl access = new PopAccessControl();
    private int nonce;

    SignatureV3Test() {
        access.findAccessKey = new FindAccessKey(InMemoryAccessKeys.of(demo, disabled));
        access.guardAgainstReplay = new GuardAgainstReplay(new InMemorySignatureNonces(), clock, ReplayWindow.FIFTEEN_MINUTES);
        access.transactions = new PopTransactions() {
            @Override
            public <T> T run(java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
    }

    /** A call as tea-openapi's doRequest builds it: RPC params in the query, a form body when given. */
    private final class Call {
        String method = "POST";
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new HashMap<>();
        byte[] body = new byte[0];

        Call(String action, String... namesAndValues) {
            headers.put("host", HOST);
            headers.put("x-acs-version", "2018-05-11");
            headers.put("x-acs-action", action);
            headers.put("user-agent", "AlibabaCloud (Linux) Java/17 TeaDSL/1");
            headers.put("x-acs-date", DATE.format(clock.now()));
            headers.put("x-acs-signature-nonce", "nonce-" + ++nonce);
            headers.put("accept", "application/json");
            for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
                query.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }

        Call form(String form) {
            body = form.getBytes(StandardCharsets.UTF_8);
            headers.put("content-type", "application/x-www-form-urlencoded");
            return this;
        }

        /** Signed by the vendor's signer with the key, as the SDK signs: x-acs-content-sha256 first, then Authorization. */
        Call signedWith(String keyId, String secret) throws Exception {
            String hashed = com.aliyun.openapiutil.Client.hexEncode(
                    com.aliyun.openapiutil.Client.hash(body, PopSignatureV3.ALGORITHM));
            headers.put("x-acs-content-sha256", hashed);
            TeaRequest tea = new TeaRequest();
            tea.method = method;
            tea.pathname = "/";
            tea.headers = new HashMap<>(headers);
            tea.query = new HashMap<>(query);
            headers.put("Authorization", com.aliyun.openapiutil.Client.getAuthorization(tea, PopSignatureV3.ALGORITHM,
                    hashed, keyId, secret));
            return this;
        }

        /** On the wire: the query encoded as Tea's composeUrl encodes it, header names in lower case. */
        PopHttpRequest wire() {
            String rawQuery = query.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Map<String, String> lower = new HashMap<>();
            headers.forEach((name, value) -> lower.put(name.toLowerCase(java.util.Locale.ROOT), value));
            return new PopHttpRequest(method, rawQuery.isEmpty() ? null : rawQuery, lower, body);
        }
    }

    private AccessKey authenticate(PopHttpRequest wire) {
        PopSignatureScheme scheme = PopSignatureScheme.of(wire);
        assertInstanceOf(SignatureV3.class, scheme);
        return access.authenticate(scheme, wire, scheme.parameters(wire));
    }

    private PopError refusal(PopHttpRequest wire) {
        return assertThrows(PopException.class, () -> authenticate(wire)).error();
    }

    // --- admitted

    @Test
    void admits_a_call_the_vendor_signer_signed_and_reads_action_and_version_from_the_headers() throws Exception {
        PopHttpRequest wire = new Call("DescribeGatewaySMBUsers", "GatewayId", "gw-1", "PageSize", "50")
                .signedWith("demo-access-key", "demo-access-secret").wire();

        assertSame(demo, authenticate(wire));
        PopRequest request = new SignatureV3().parameters(wire);
        assertEquals("DescribeGatewaySMBUsers", request.required("Action"));
        assertEquals("2018-05-11", request.required("Version"));
        assertEquals("50", request.required("PageSize"));
    }

    @ParameterizedTest(name = "value {0}")
    @ValueSource(strings = {"a b+c*~é/=&", "", "100%", "名字", "line\nbreak"})
    void admits_query_values_that_need_encoding(String value) throws Exception {
        assertSame(demo, authenticate(new Call("CreateGatewaySMBUser", "Username", value, "A", "1", "a", "2")
                .signedWith("demo-access-key", "demo-access-secret").wire()));
    }

    @Test
    void admits_a_form_body_signed_by_its_hash_and_reads_its_parameters() throws Exception {
        PopHttpRequest wire = new Call("CreateGatewaySMBUser", "GatewayId", "gw-1").form("Username=al+ex&Password=p%2Bw")
                .signedWith("demo-access-key", "demo-access-secret").wire();

        assertSame(demo, authenticate(wire));
        assertEquals("al ex", new SignatureV3().parameters(wire).required("Username"));
    }

    @Test
    void admits_a_get_and_an_unsigned_extra_header() throws Exception {
        Call call = new Call("DescribeGateways");
        call.method = "GET";
        call.signedWith("demo-access-key", "demo-access-secret");
        call.headers.put("x-forwarded-for", "127.0.0.1");

        assertSame(demo, authenticate(call.wire()));
    }

    @Test
    void computes_the_vendor_signers_signature_exactly() throws Exception {
        Call call = new Call("CreateGatewaySMBUser", "GatewayId", "gw-1", "Username", "x y").form("Password=S%C3%A9cr3t")
                .signedWith("demo-access-key", "demo-access-secret");
        String vendor = call.headers.get("Authorization");
        String signature = vendor.substring(vendor.indexOf("Signature=") + "Signature=".length());

        Map<String, String> headers = new HashMap<>(call.wire().headers());
        var signed = java.util.List.of("host", "content-type", "x-acs-action", "x-acs-content-sha256", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-version");
        String canonical = PopSignatureV3.canonicalRequest("POST", "/", call.query, signed, headers,
                headers.get("x-acs-content-sha256"));
        assertTrue(vendor.contains("SignedHeaders=" + String.join(";", signed.stream().sorted().toList())), vendor);
        assertEquals(signature, PopSignatureV3.sign(AccessKeySecret.of("demo-access-secret"),
                PopSignatureV3.stringToSign(canonical)));
    }

    // --- refused, each with the vendor's code

    @Test
    void refuses_a_wrong_secret_echoing_the_servers_string_to_sign() throws Exception {
        PopError error = refusal(new Call("DescribeGateways").signedWith("demo-access-key", "not-the-secret").wire());

        assertEquals("IncompleteSignature", error.code());
        assertEquals(400, error.status());
        String echoed = error.message().substring(error.message().indexOf("is:") + 3);
        assertTrue(echoed.matches("ACS3-HMAC-SHA256\n[0-9a-f]{64}"), echoed);
    }

    @Test
    void refuses_a_tampered_query_parameter() throws Exception {
        Call call = new Call("DescribeGatewaySMBUsers", "PageSize", "10").signedWith("demo-access-key", "demo-access-secret");
        call.query.put("PageSize", "50");

        assertEquals("IncompleteSignature", refusal(call.wire()).code());
    }

    @Test
    void refuses_a_tampered_body_as_signature_does_not_match() throws Exception {
        Call call = new Call("CreateGatewaySMBUser").form("Username=alex").signedWith("demo-access-key", "demo-access-secret");
        call.body = "Username=mallory".getBytes(StandardCharsets.UTF_8);

        PopError error = refusal(call.wire());
        assertEquals("SignatureDoesNotMatch", error.code());
        assertTrue(error.message().contains("x-acs-content-sha256"), error.message());
    }

    @Test
    void refuses_a_body_hash_changed_with_the_body() throws Exception {
        Call call = new Call("CreateGatewaySMBUser").form("Username=alex").signedWith("demo-access-key", "demo-access-secret");
        call.body = "Username=mallory".getBytes(StandardCharsets.UTF_8);
        call.headers.put("x-acs-content-sha256", PopSignatureV3.sha256Hex(call.body));

        assertEquals("IncompleteSignature", refusal(call.wire()).code());
    }

    @Test
    void refuses_another_action_in_the_header_than_the_one_signed() throws Exception {
        Call call = new Call("DescribeGateways").signedWith("demo-access-key", "demo-access-secret");
        call.headers.put("x-acs-action", "DeleteGateway");

        assertEquals("IncompleteSignature", refusal(call.wire()).code());
    }

    @Test
    void refuses_an_unsigned_call_as_incomplete_signature() {
        PopError error = refusal(new Call("DescribeGateways").wire());

        assertEquals("IncompleteSignature", error.code());
        assertTrue(error.message().contains("Authorization"), error.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ACS3-HMAC-SHA256", "ACS3-HMAC-SHA256 Credential=demo-access-key",
            "ACS3-HMAC-SHA256 Credential=demo-access-key,SignedHeaders=host",
            "ACS3-HMAC-SM3 Credential=demo-access-key,SignedHeaders=host,Signature=00"})
    void refuses_an_authorization_that_is_not_complete_or_of_another_algorithm(String authorization) {
        Call call = new Call("DescribeGateways");
        call.headers.put("x-acs-content-sha256", PopSignatureV3.sha256Hex(new byte[0]));
        call.headers.put("authorization", authorization);

        assertEquals("IncompleteSignature", refusal(call.wire()).code());
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"host", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"})
    void refuses_a_call_without_a_header_it_must_sign(String header) throws Exception {
        Call call = new Call("DescribeGateways").signedWith("demo-access-key", "demo-access-secret");
        call.headers.remove(header);

        assertEquals("IncompleteSignature", refusal(call.wire()).code());
    }

    @Test
    void refuses_a_required_header_left_out_of_the_signed_ones() throws Exception {
        Call call = new Call("DescribeGateways").signedWith("demo-access-key", "demo-access-secret");
        call.headers.put("Authorization", call.headers.get("Authorization").replace("x-acs-signature-nonce;", ""));

        PopError error = refusal(call.wire());
        assertEquals("IncompleteSignature", error.code());
        assertTrue(error.message().contains("x-acs-signature-nonce"), error.message());
    }

    @Test
    void refuses_an_unknown_key_and_a_disabled_one() throws Exception {
        assertEquals("InvalidAccessKeyId.NotFound",
                refusal(new Call("DescribeGateways").signedWith("no-such-key", "x").wire()).code());
        assertEquals("InvalidAccessKeyId.Inactive",
                refusal(new Call("DescribeGateways").signedWith("off-key", "off-secret").wire()).code());
    }

    @Test
    void refuses_a_date_outside_fifteen_minutes_and_one_not_in_utc_form() throws Exception {
        Call old = new Call("DescribeGateways");
        old.headers.put("x-acs-date", DATE.format(NOW.minus(Duration.ofMinutes(16))));
        assertEquals("InvalidTimeStamp.Expired", refusal(old.signedWith("demo-access-key", "demo-access-secret").wire()).code());

        Call ahead = new Call("DescribeGateways");
        ahead.headers.put("x-acs-date", DATE.format(NOW.plus(Duration.ofMinutes(16))));
        assertEquals("InvalidTimeStamp.Expired", refusal(ahead.signedWith("demo-access-key", "demo-access-secret").wire()).code());

        Call malformed = new Call("DescribeGateways");
        malformed.headers.put("x-acs-date", "Tue, 04 Mar 2025 05:06:07 GMT");
        assertEquals("InvalidTimeStamp.Format",
                refusal(malformed.signedWith("demo-access-key", "demo-access-secret").wire()).code());
    }

    @Test
    void refuses_a_reused_nonce_even_from_v1() throws Exception {
        PopHttpRequest wire = new Call("DescribeGateways").signedWith("demo-access-key", "demo-access-secret").wire();
        assertSame(demo, authenticate(wire));

        assertEquals("SignatureNonceUsed", refusal(wire).code());
        String usedByV3 = wire.header("x-acs-signature-nonce").orElseThrow();
        Map<String, String> v1 = new LinkedHashMap<>(Map.of("Action", "DescribeGateways", "Version", "2018-05-11",
                "AccessKeyId", "demo-access-key", "SignatureMethod", "HMAC-SHA1", "SignatureVersion", "1.0",
                "SignatureNonce", usedByV3, "Timestamp", DATE.format(NOW)));
        v1.put("Signature", PopSignature.sign(AccessKeySecret.of("demo-access-secret"), PopSignature.stringToSign("GET", v1)));
        String query = v1.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        assertEquals("SignatureNonceUsed", assertThrows(PopException.class,
                () -> access.authenticate(PopRequest.of("GET", query, null))).error().code());
    }

    // --- shape and answers

    @Test
    void a_request_is_v3_by_its_authorization_or_its_action_header_and_v1_otherwise() {
        assertInstanceOf(SignatureV3.class, PopSignatureScheme.of(new PopHttpRequest("GET", null,
                Map.of("authorization", "ACS3-HMAC-SHA256 Credential=x"), null)));
        assertInstanceOf(SignatureV3.class, PopSignatureScheme.of(new PopHttpRequest("GET", null,
                Map.of("x-acs-action", "DescribeGateways"), null)));
        assertInstanceOf(SignatureV1.class, PopSignatureScheme.of(new PopHttpRequest("GET", "Action=DescribeGateways",
                Map.of("authorization", "Basic eDp5"), null)));
        // aliyun-java-sdk-core sends x-acs-action beside its v1 signature, in the query or in a form body
        assertInstanceOf(SignatureV1.class, PopSignatureScheme.of(new PopHttpRequest("POST",
                "Action=DescribeGateways&Signature=abc%3D", Map.of("x-acs-action", "DescribeGateways"), null)));
        assertInstanceOf(SignatureV1.class, PopSignatureScheme.of(new PopHttpRequest("POST", null,
                Map.of("x-acs-action", "DescribeGateways", "content-type", "application/x-www-form-urlencoded"),
                "Action=DescribeGateways&Signature=abc".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void answers_v3_in_json_unless_xml_is_asked_and_then_as_the_sdk_parses_xml() {
        SignatureV3 v3 = new SignatureV3();
        assertEquals(PopFormat.JSON, v3.defaultFormat());
        assertEquals("text/xml;charset=utf-8", v3.mediaType(PopFormat.XML));
        assertTrue(v3.mediaType(PopFormat.JSON).startsWith("application/json"));
        assertEquals(PopFormat.XML, new SignatureV1().defaultFormat());
    }

    @Test
    void refuses_an_action_header_that_contradicts_the_query() throws Exception {
        Call call = new Call("DescribeGateways", "Action", "DeleteGateway");

        PopException refused = assertThrows(PopException.class, () -> new SignatureV3().parameters(call.wire()));
        assertEquals("InvalidParameter", refused.error().code());
        assertFalse(refused.error().message().isEmpty());
    }
}

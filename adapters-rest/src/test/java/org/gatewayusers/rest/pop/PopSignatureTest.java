package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gatewayusers.domain.access.AccessKeySecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signature version 1.0 as FAMILIES.md section 4 describes it, against vectors computed apart from it. */
class PopSignatureTest {

    /** The vendor's own worked example (ECS "signature mechanism" page): secret {@code testsecret}. */
    private static final Map<String, String> VENDOR_EXAMPLE = Map.of(
            "Timestamp", "2016-02-23T12:46:24Z",
            "Format", "XML",
            "AccessKeyId", "testid",
            "Action", "DescribeRegions",
            "SignatureMethod", "HMAC-SHA1",
            "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
            "Version", "2014-05-26",
            "SignatureVersion", "1.0");
    private static final String VENDOR_STRING_TO_SIGN = "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions"
            + "%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
            + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";

    /** HMAC-SHA1 with javax.crypto directly, not through the class under test. */
    private static String hmacSha1Base64(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void builds_the_vendors_string_to_sign_of_its_worked_example() {
        assertEquals(VENDOR_STRING_TO_SIGN, PopSignature.stringToSign("GET", VENDOR_EXAMPLE));
    }

    @Test
    void signs_the_vendors_worked_example_as_the_vendor_does() throws Exception {
        String expected = hmacSha1Base64("testsecret&", VENDOR_STRING_TO_SIGN);

        assertEquals(expected, PopSignature.sign(AccessKeySecret.of("testsecret"), VENDOR_STRING_TO_SIGN));
        // the value the vendor's page prints
        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", expected);
    }

    @Test
    void signs_a_demo_key_request_as_tools_pop_sign_py_does() throws Exception {
        // python3 tools/pop-sign.py --nonce 0b5c8e0e-6d1c-4d1c-9a3e-1f2e3d4c5b6a --timestamp 2025-01-02T03:04:05Z
        //   Action=DescribeGatewaySMBUsers Version=2018-05-11 Format=JSON GatewayId=gw-0123 "Username=a b+c/é"
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "DescribeGatewaySMBUsers");
        parameters.put("Version", "2018-05-11");
        parameters.put("Format", "JSON");
        parameters.put("GatewayId", "gw-0123");
        parameters.put("Username", "a b+c/\u00e9");
        parameters.put("AccessKeyId", "demo-access-key");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", "0b5c8e0e-6d1c-4d1c-9a3e-1f2e3d4c5b6a");
        parameters.put("Timestamp", "2025-01-02T03:04:05Z");
        String stringToSign = "GET&%2F&AccessKeyId%3Ddemo-access-key%26Action%3DDescribeGatewaySMBUsers%26Format%3DJSON"
                + "%26GatewayId%3Dgw-0123%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D0b5c8e0e-6d1c-4d1c-9a3e-1f2e3d4c5b6a"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2025-01-02T03%253A04%253A05Z%26Username%3Da%2520b%252Bc%252F%25C3%25A9"
                + "%26Version%3D2018-05-11";

        assertEquals(stringToSign, PopSignature.stringToSign("GET", parameters));
        String signature = PopSignature.sign(AccessKeySecret.of("demo-access-secret"), stringToSign);
        assertEquals(hmacSha1Base64("demo-access-secret&", stringToSign), signature);
        assertEquals(DEMO_VECTOR_SIGNATURE, signature);
    }

    /** What tools/pop-sign.py printed for the request above (run by hand). */
    static final String DEMO_VECTOR_SIGNATURE = "Gx1xxJkzRzB4JmuWaT6thVFZkpo=";

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ABCXYZabcxyz0189 | ABCXYZabcxyz0189
            -_.~             | -_.~
            " "              | %20
            +                | %2B
            *                | %2A
            /                | %2F
            :                | %3A
            =                | %3D
            &                | %26
            %                | %25
            ?                | %3F
            !                | %21
            '                | %27
            ()               | %28%29
            \\               | %5C
            "|"              | %7C
            ,;@#$[]{}        | %2C%3B%40%23%24%5B%5D%7B%7D
            é                | %C3%A9
            中               | %E4%B8%AD
            😀               | %F0%9F%98%80
            """)
    void percent_encodes_all_but_the_unreserved_characters_in_upper_case_hex(String text, String encoded) {
        assertEquals(encoded, PopSignature.percentEncode(text));
    }

    @Test
    void percent_encodes_control_characters_and_the_empty_string() {
        assertEquals("%00%0A%7F", PopSignature.percentEncode("\u0000\n\u007f"));
        assertEquals("", PopSignature.percentEncode(""));
    }

    @Test
    void sorts_names_in_byte_order_upper_case_before_lower_case() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("b", "1");
        parameters.put("a", "2");
        parameters.put("B", "3");
        parameters.put("A_b", "4");
        parameters.put("AB", "5");
        parameters.put("A", "6");
        parameters.put("a~", "7");
        parameters.put("a.", "8");

        assertEquals("A=6&AB=5&A_b=4&B=3&a=2&a.=8&a~=7&b=1", PopSignature.canonicalized(parameters));
    }

    @Test
    void leaves_out_only_the_signature_and_keeps_empty_values() {
        Map<String, String> parameters = Map.of("Signature", "abc=", "Empty", "", "SignatureNonce", "n");

        assertEquals("Empty=&SignatureNonce=n", PopSignature.canonicalized(parameters));
    }

    @Test
    void signs_query_and_form_body_parameters_together() {
        PopRequest merged = PopRequest.of("POST", "Action=CreateGatewaySMBUser&Format=JSON&Signature=x",
                "Version=2018-05-11&Username=al%20ex&Password=p%2Bw");

        assertEquals("Action=CreateGatewaySMBUser&Format=JSON&Password=p%2Bw&Username=al%20ex&Version=2018-05-11",
                PopSignature.canonicalized(merged.parameters()));
        assertTrue(PopSignature.stringToSign(merged.httpMethod(), merged.parameters()).startsWith("POST&%2F&Action%3D"));
    }

    @Test
    void signs_what_the_client_meant_whether_a_space_came_as_plus_or_as_percent_20() {
        PopRequest plus = PopRequest.of("GET", "Username=al+ex", null);
        PopRequest percent = PopRequest.of("GET", "Username=al%20ex", null);

        assertEquals(PopSignature.stringToSign("GET", plus.parameters()), PopSignature.stringToSign("GET", percent.parameters()));
    }

    @Test
    void the_method_is_part_of_what_is_signed() {
        assertFalse(PopSignature.stringToSign("GET", VENDOR_EXAMPLE).equals(PopSignature.stringToSign("POST", VENDOR_EXAMPLE)));
        assertEquals(PopSignature.stringToSign("GET", VENDOR_EXAMPLE), PopSignature.stringToSign("get", VENDOR_EXAMPLE));
    }

    @Test
    void compares_signatures_exactly() {
        assertTrue(PopSignature.matches("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", "OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
        assertFalse(PopSignature.matches("oLeaidS1JvxuMvnyHOwuJ+uX5qY=", "OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
        assertFalse(PopSignature.matches("OLeaidS1JvxuMvnyHOwuJ+uX5qY", "OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    }
}

package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PopRequestTest {

    private static PopRequest query(String rawQuery) {
        return PopRequest.of("GET", rawQuery, null);
    }

    private static void assertInvalidParameter(PopException refused, String name) {
        assertEquals(400, refused.error().status());
        assertEquals("InvalidParameter", refused.error().code());
        assertTrue(refused.error().message().contains("\"" + name + "\""), refused.error().message());
    }

    @Test
    void reads_the_parameters_of_the_query_string() {
        PopRequest request = query("Action=DescribeGatewaySMBUsers&Version=2018-05-11&GatewayId=gw-1");

        assertEquals(Map.of("Action", "DescribeGatewaySMBUsers", "Version", "2018-05-11", "GatewayId", "gw-1"),
                request.parameters());
    }

    @Test
    void keeps_the_http_method() {
        assertEquals("POST", PopRequest.of("POST", "Action=A", null).httpMethod());
    }

    @Test
    void merges_the_query_string_and_the_form_body() {
        PopRequest request = PopRequest.of("POST", "Action=CreateGatewaySMBUser&Format=JSON",
                "GatewayId=gw-1&Username=alex&Password=p%40ss");

        assertEquals(Map.of("Action", "CreateGatewaySMBUser", "Format", "JSON", "GatewayId", "gw-1",
                "Username", "alex", "Password", "p@ss"), request.parameters());
    }

    @Test
    void reads_a_form_body_alone() {
        assertEquals(Optional.of("alex"), PopRequest.of("POST", null, "Username=alex").optional("Username"));
    }

    @Test
    void reads_no_query_and_no_body_as_no_parameters() {
        assertEquals(Map.of(), PopRequest.of("GET", null, null).parameters());
        assertEquals(Map.of(), PopRequest.of("GET", "", "  ").parameters());
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiterString = "=>", value = {
            "Name=a+b                       => a b",
            "Name=a%20b                     => a b",
            "Name=a%2Bb                     => a+b",
            "Name=SMB%5Calex                => SMB\\alex",
            "Name=caf%C3%A9                 => café",
            "Name=%E4%BD%A0%E5%A5%BD        => 你好",
            "Name=%F0%9F%98%80              => 😀",
            "Name=a%3Db%26c                 => a=b&c",
            "Name=a*|r*                     => a*|r*",
            "Name=x=y                       => x=y",
    })
    void decodes_percent_escapes_as_utf_8_and_plus_as_a_space(String rawQuery, String value) {
        assertEquals(Optional.of(value), query(rawQuery).optional("Name"));
    }

    @Test
    void decodes_parameter_names_too() {
        assertEquals(Optional.of("v"), query("Tag.1%2EKey=v").optional("Tag.1.Key"));
    }

    @Test
    void reads_a_parameter_without_a_value_as_given_and_empty() {
        assertEquals(Optional.of(""), query("Action=A&Marker").optional("Marker"));
        assertEquals(Optional.of(""), query("Marker=").optional("Marker"));
    }

    @Test
    void skips_empty_pairs() {
        assertEquals(Map.of("Action", "A", "Version", "1"), query("&Action=A&&Version=1&").parameters());
    }

    @Test
    void accepts_a_parameter_repeated_with_the_same_value() {
        assertEquals(Optional.of("A"), query("Action=A&Action=A").optional("Action"));
        assertEquals(Optional.of("A"), PopRequest.of("POST", "Action=A", "Action=A").optional("Action"));
        assertEquals(Optional.of("a b"), query("Name=a+b&Name=a%20b").optional("Name"));
    }

    @Test
    void refuses_a_parameter_repeated_with_different_values() {
        assertInvalidParameter(assertThrows(PopException.class, () -> query("Action=A&Action=B")), "Action");
    }

    @Test
    void refuses_a_parameter_given_differently_in_the_query_and_the_body() {
        assertInvalidParameter(assertThrows(PopException.class,
                () -> PopRequest.of("POST", "Username=alex", "Username=bob")), "Username");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Name=%", "Name=%2", "Name=%zz", "Name=%G1", "Name=abc%", "Name=%-1", "%=x", "Na%me=x",
            "Name=%%41"})
    void refuses_a_malformed_escape_as_invalid_parameter_and_never_otherwise(String raw) {
        PopException inQuery = assertThrows(PopException.class, () -> query(raw));
        assertEquals(400, inQuery.error().status());
        assertEquals("InvalidParameter", inQuery.error().code());

        PopException inBody = assertThrows(PopException.class, () -> PopRequest.of("POST", "Action=A", raw));
        assertEquals("InvalidParameter", inBody.error().code());
    }

    @Test
    void parameters_are_a_copy_the_caller_cannot_change() {
        PopRequest request = query("Action=A");

        assertThrows(UnsupportedOperationException.class, () -> request.parameters().put("Action", "B"));
        assertEquals(Optional.of("A"), request.optional("Action"));
    }

    @Test
    void reads_an_absent_optional_parameter_as_empty() {
        assertEquals(Optional.empty(), query("Action=A").optional("Format"));
    }

    @Test
    void gives_a_required_parameter_that_is_present() {
        assertEquals("gw-1", query("GatewayId=gw-1").required("GatewayId"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Action=A", "Action=A&GatewayId=", "Action=A&GatewayId"})
    void refuses_a_required_parameter_that_is_absent_or_empty_naming_it(String raw) {
        PopException refused = assertThrows(PopException.class, () -> query(raw).required("GatewayId"));

        assertEquals(400, refused.error().status());
        assertEquals("MissingParameter", refused.error().code());
        assertTrue(refused.error().message().contains("\"GatewayId\""), refused.error().message());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Action=A                | 10",
            "PageSize=               | 10",
            "PageSize=1              | 1",
            "PageSize=50             | 50",
            "PageSize=100            | 100",
            "PageSize=+7             | 7",
            "PageSize=%2007%20       | 7",
    })
    void reads_an_integer_within_bounds_or_its_default(String raw, int expected) {
        assertEquals(expected, query(raw).integer("PageSize", 10, 1, 100));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"PageSize=abc", "PageSize=0", "PageSize=101", "PageSize=-1", "PageSize=1.5", "PageSize=1e2",
            "PageSize=99999999999", "PageSize=0x10", "PageSize=%20"})
    void refuses_an_integer_that_is_not_one_or_out_of_bounds(String raw) {
        assertInvalidParameter(assertThrows(PopException.class, () -> query(raw).integer("PageSize", 10, 1, 100)),
                "PageSize");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Enabled=true     | true",
            "Enabled=TRUE     | true",
            "Enabled=True     | true",
            "Enabled=false    | false",
            "Enabled=FALSE    | false",
            "Action=A         | true",
            "Enabled=         | true",
    })
    void reads_a_boolean_in_any_case_or_its_default(String raw, boolean expected) {
        assertEquals(expected, query(raw).bool("Enabled", true));
    }

    @Test
    void reads_an_absent_boolean_as_a_false_default_too() {
        assertFalse(query("Action=A").bool("Enabled", false));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Enabled=yes", "Enabled=1", "Enabled=truee", "Enabled=%20"})
    void refuses_a_boolean_that_is_neither_true_nor_false(String raw) {
        assertInvalidParameter(assertThrows(PopException.class, () -> query(raw).bool("Enabled", false)), "Enabled");
    }

    @Test
    void reads_an_optional_integer_or_boolean_as_null_when_absent_or_empty() {
        assertNull(query("Action=A&Size=").optionalInteger("Size", 1, 10));
        assertNull(query("Action=A").optionalBool("PostPaid"));
        assertNull(query("PostPaid=").optionalBool("PostPaid"));
        assertEquals(7, query("Size=7").optionalInteger("Size", 1, 10));
        assertEquals(Boolean.TRUE, query("PostPaid=true").optionalBool("PostPaid"));
        assertEquals(Boolean.FALSE, query("PostPaid=false").optionalBool("PostPaid"));
        assertInvalidParameter(assertThrows(PopException.class, () -> query("Size=11").optionalInteger("Size", 1, 10)), "Size");
        assertInvalidParameter(assertThrows(PopException.class, () -> query("PostPaid=1").optionalBool("PostPaid")), "PostPaid");
    }

    @Test
    void an_action_reads_only_the_parameters_it_declares_and_their_aliases() {
        PopAction action = new PopAction() {
            @Override
            public String version() {
                return "2018-03-13";
            }

            @Override
            public String name() {
                return "ModifySmartAccessGatewayClientUser";
            }

            @Override
            public java.util.List<PopParameter> parameters() {
                return java.util.List.of(PopParameter.required("UserName"), PopParameter.optional("UserMail").alias("Email"));
            }

            @Override
            public PopResponse handle(PopRequest request) {
                throw new AssertionError("not run here");
            }
        };
        PopRequest seen = query("Action=X&UserName=alex&Email=a%40example.com&Password=secret").declaredOnly(action);

        assertEquals("alex", seen.required("UserName"));
        assertEquals(Optional.of("a@example.com"), seen.aliased("UserMail", "Email").optional("UserMail"));
        IllegalStateException undeclared = assertThrows(IllegalStateException.class, () -> seen.optional("Password"));
        assertTrue(undeclared.getMessage().contains("Password"), undeclared.getMessage());
    }
}

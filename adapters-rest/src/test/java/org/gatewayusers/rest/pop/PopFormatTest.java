package org.gatewayusers.rest.pop;

import static org.gatewayusers.rest.pop.PopBodies.childNames;
import static org.gatewayusers.rest.pop.PopBodies.children;
import static org.gatewayusers.rest.pop.PopBodies.json;
import static org.gatewayusers.rest.pop.PopBodies.text;
import static org.gatewayusers.rest.pop.PopBodies.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class PopFormatTest {

    private static final String AWKWARD = "<a href=\"x\">Tom & 'Jerry'</a> ]]> &amp;";

    private static PopResponse twoUsers() {
        return PopResponse.body()
                .with("TotalCount", 2L)
                .withList("Users", "User", List.of(
                        PopResponse.body().with("Username", "alex").with("IsAdmin", true),
                        PopResponse.body().with("Username", "bob").with("IsAdmin", false)));
    }

    // --- choosing the format

    @Test
    void answers_in_xml_when_no_format_is_asked() {
        assertEquals(PopFormat.XML, PopFormat.of(Optional.empty()));
    }

    @Test
    void answers_in_xml_when_the_format_is_empty() {
        assertEquals(PopFormat.XML, PopFormat.of(Optional.of("")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "json", "Json", "jSoN"})
    void reads_json_in_any_case(String raw) {
        assertEquals(PopFormat.JSON, PopFormat.of(Optional.of(raw)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"XML", "xml", "Xml", "xMl"})
    void reads_xml_in_any_case(String raw) {
        assertEquals(PopFormat.XML, PopFormat.of(Optional.of(raw)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"YAML", "jsonp", "text", "JSONX", "application/json", "0"})
    void refuses_any_other_format_as_invalid_parameter(String raw) {
        PopException refused = assertThrows(PopException.class, () -> PopFormat.of(Optional.of(raw)));

        assertEquals(400, refused.error().status());
        assertEquals("InvalidParameter", refused.error().code());
        assertTrue(refused.error().message().contains("\"Format\""), refused.error().message());
    }

    @Test
    void names_the_media_types_in_utf_8() {
        assertEquals("application/json;charset=utf-8", PopFormat.JSON.mediaType());
        assertEquals("application/xml;charset=utf-8", PopFormat.XML.mediaType());
    }

    // --- JSON

    @Test
    void renders_strings_numbers_and_booleans_as_json_types() {
        JsonObject body = json(PopFormat.JSON.render("ignored", PopResponse.body()
                .with("RequestId", "R-1").with("TotalCount", 42L).with("Success", true).with("Enabled", false)));

        assertEquals("R-1", body.getString("RequestId"));
        assertEquals(JsonValue.ValueType.NUMBER, body.get("TotalCount").getValueType());
        assertEquals(42, body.getJsonNumber("TotalCount").longValueExact());
        assertEquals(JsonValue.TRUE, body.get("Success"));
        assertEquals(JsonValue.FALSE, body.get("Enabled"));
    }

    @Test
    void renders_a_numeric_looking_string_as_a_string() {
        JsonObject body = json(PopFormat.JSON.render("r", PopResponse.body().with("Code", "200")));

        assertEquals(JsonValue.ValueType.STRING, body.get("Code").getValueType());
        assertEquals("200", body.getString("Code"));
    }

    @Test
    void renders_the_fields_in_their_order_without_a_root_in_json() {
        JsonObject body = json(PopFormat.JSON.render("CreateGatewaySMBUserResponse",
                PopResponse.body().with("TaskId", "t-1").with("RequestId", "R-1")));

        assertEquals(List.of("TaskId", "RequestId"), List.copyOf(body.keySet()));
    }

    @Test
    void renders_a_nested_body_as_a_json_object() {
        JsonObject body = json(PopFormat.JSON.render("r", PopResponse.body()
                .with("User", PopResponse.body().with("Name", "alex").with("Info", PopResponse.body().with("Id", 7L)))));

        assertEquals("alex", body.getJsonObject("User").getString("Name"));
        assertEquals(7, body.getJsonObject("User").getJsonObject("Info").getInt("Id"));
    }

    @Test
    void renders_a_list_as_a_wrapper_object_holding_an_array_of_items() {
        JsonObject body = json(PopFormat.JSON.render("r", twoUsers()));

        JsonArray users = body.getJsonObject("Users").getJsonArray("User");
        assertEquals(2, users.size());
        assertEquals("alex", users.getJsonObject(0).getString("Username"));
        assertEquals(JsonValue.TRUE, users.getJsonObject(0).get("IsAdmin"));
        assertEquals("bob", users.getJsonObject(1).getString("Username"));
        assertEquals(2, body.getInt("TotalCount"));
    }

    @Test
    void renders_an_empty_list_as_an_empty_array() {
        JsonObject body = json(PopFormat.JSON.render("r", PopResponse.body().withList("Users", "User", List.of())));

        assertEquals(0, body.getJsonObject("Users").getJsonArray("User").size());
    }

    @Test
    void escapes_strings_in_json_so_they_read_back_unchanged() {
        String awkward = AWKWARD + " \"quoted\" back\\slash\n\t\u0000\u001F 你好 😀";

        assertEquals(awkward, json(PopFormat.JSON.render("r", PopResponse.body().with("Message", awkward)))
                .getString("Message"));
    }

    @Test
    void renders_an_empty_body_as_an_empty_json_object() {
        assertEquals(0, json(PopFormat.JSON.render("r", PopResponse.body())).size());
    }

    // --- XML

    @Test
    void renders_xml_under_the_named_root_with_a_declaration() {
        String rendered = PopFormat.XML.render("CreateGatewaySMBUserResponse",
                PopResponse.body().with("RequestId", "R-1").with("TaskId", "t-1"));

        assertTrue(rendered.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), rendered);
        Element root = xml(rendered).getDocumentElement();
        assertEquals("CreateGatewaySMBUserResponse", root.getTagName());
        assertEquals(List.of("RequestId", "TaskId"), childNames(root));
        assertEquals("R-1", text(root, "RequestId"));
    }

    @Test
    void renders_numbers_and_booleans_as_xml_text() {
        Element root = xml(PopFormat.XML.render("r",
                PopResponse.body().with("TotalCount", 3L).with("Success", true).with("Enabled", false)))
                .getDocumentElement();

        assertEquals("3", text(root, "TotalCount"));
        assertEquals("true", text(root, "Success"));
        assertEquals("false", text(root, "Enabled"));
    }

    @Test
    void renders_a_nested_body_as_nested_elements() {
        Element root = xml(PopFormat.XML.render("r", PopResponse.body()
                .with("User", PopResponse.body().with("Name", "alex").with("Id", 7L)))).getDocumentElement();

        Element user = children(root).get(0);
        assertEquals("User", user.getTagName());
        assertEquals(List.of("Name", "Id"), childNames(user));
        assertEquals("alex", text(user, "Name"));
    }

    @Test
    void renders_a_list_as_repeated_item_elements_inside_the_wrapper() {
        Element root = xml(PopFormat.XML.render("DescribeGatewaySMBUsersResponse", twoUsers())).getDocumentElement();

        assertEquals(List.of("TotalCount", "Users"), childNames(root));
        Element wrapper = children(root).get(1);
        assertEquals(List.of("User", "User"), childNames(wrapper));
        assertEquals("alex", text(children(wrapper).get(0), "Username"));
        assertEquals("true", text(children(wrapper).get(0), "IsAdmin"));
        assertEquals("bob", text(children(wrapper).get(1), "Username"));
    }

    @Test
    void renders_an_empty_list_as_an_empty_wrapper() {
        Element root = xml(PopFormat.XML.render("r", PopResponse.body().withList("Users", "User", List.of())))
                .getDocumentElement();

        assertEquals(List.of("Users"), childNames(root));
        assertEquals(List.of(), childNames(children(root).get(0)));
    }

    @Test
    void escapes_the_five_markup_characters_in_xml() {
        String rendered = PopFormat.XML.render("r", PopResponse.body().with("Message", AWKWARD));

        assertTrue(rendered.contains("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt; ]]&gt; &amp;amp;"),
                rendered);
        assertEquals(AWKWARD, text(xml(rendered).getDocumentElement(), "Message"));
    }

    @Test
    void keeps_tabs_line_feeds_and_characters_beyond_ascii_in_xml() {
        String text = "a\tb\nc 你好 é 😀 \uE000 \uFFFD";

        assertEquals(text, text(xml(PopFormat.XML.render("r", PopResponse.body().with("Message", text)))
                .getDocumentElement(), "Message"));
    }

    @Test
    void keeps_a_carriage_return_as_a_character_reference_or_literal() {
        String rendered = PopFormat.XML.render("r", PopResponse.body().with("Message", "a\rb"));

        xml(rendered);
        assertTrue(rendered.contains("a\rb") || rendered.contains("a&#xD;b"), rendered);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0, 0x1, 0x8, 0xB, 0xC, 0x1B, 0x1F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF})
    void replaces_a_character_xml_forbids_so_the_document_always_parses(int forbidden) {
        String value = "a" + (char) forbidden + "b";

        String rendered = PopFormat.XML.render("r", PopResponse.body().with("Message", value));

        assertEquals("a\uFFFDb", text(xml(rendered).getDocumentElement(), "Message"));
    }

    @Test
    void replaces_every_forbidden_character_of_a_longer_text() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }
        String rendered = PopFormat.XML.render("Error", PopResponse.body().with("Message", all.toString()));

        String read = text(xml(rendered).getDocumentElement(), "Message");
        assertEquals(32, read.length());
        assertFalse(read.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n'), read);
    }
}

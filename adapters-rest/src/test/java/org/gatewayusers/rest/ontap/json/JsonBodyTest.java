package org.gatewayusers.rest.ontap.json;

import static org.gatewayusers.rest.ontap.errors.BadFields.assertBadField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.rest.ontap.errors.OntapErrorCatalog;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{", "not json", "{\"name\": }", "{\"name\": \"alex\"", "{'name': 'alex'}", "{name: \"alex\"}",
            "nul", "{\"a\": tru}", "{\"a\": 1,}"})
    void rejects_a_body_that_is_not_json(String body) {
        OntapProblem problem = assertBadField(null, () -> JsonBody.parse(body));

        assertTrue(problem.error().message().contains("not valid JSON"), problem.error().message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{} {}", "{\"name\": \"alex\"} trailing", "{}x", "{}]"})
    void rejects_content_after_the_object(String body) {
        assertBadField(null, () -> JsonBody.parse(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"name\": \"alex\"}]", "42", "\"alex\"", "true", "null"})
    void rejects_a_body_that_is_json_but_not_an_object(String body) {
        OntapProblem problem = assertBadField(null, () -> JsonBody.parse(body));

        assertTrue(problem.error().message().contains("must be a JSON object"), problem.error().message());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t "})
    void reads_an_empty_body_as_an_object_without_fields(String body) {
        JsonBody json = JsonBody.parse(body).allowOnly(Set.of());

        assertEquals(Optional.empty(), json.string("name"));
        assertEquals(Optional.empty(), json.bool("account_disabled"));
        assertEquals(Optional.empty(), json.object("svm"));
        assertEquals(List.of(), json.objects("membership"));
    }

    @Test
    void reads_surrounding_whitespace_as_nothing() {
        assertEquals(Optional.of("alex"), JsonBody.parse("\n  {\"name\": \"alex\"}  \n").string("name"));
    }

    @Test
    void refuses_an_unknown_field_and_names_it() {
        JsonBody json = JsonBody.parse("{\"name\": \"alex\", \"nmae\": \"alex\"}");

        OntapProblem problem = assertBadField("nmae", () -> json.allowOnly(Set.of("name")));
        assertEquals("Unexpected argument \"nmae\".", problem.error().message());
    }

    @Test
    void refuses_an_unknown_field_inside_an_object_with_its_dotted_name() {
        JsonBody svm = JsonBody.parse("{\"svm\": {\"uuid\": \"u\", \"x\": 1}}").object("svm").orElseThrow();

        assertBadField("svm.x", () -> svm.allowOnly(Set.of("uuid", "name")));
    }

    @Test
    void allows_only_known_fields_through_unchanged() {
        JsonBody json = JsonBody.parse("{\"name\": \"alex\"}");

        assertSame(json, json.allowOnly(Set.of("name", "password")));
    }

    @Test
    void reads_strings_with_their_escapes() {
        JsonBody json = JsonBody.parse("{\"name\": \"SMB_SERVER01\\\\al\\u00e9x\", \"description\": \"\"}");

        assertEquals(Optional.of("SMB_SERVER01\\al\u00e9x"), json.string("name"));
        assertEquals(Optional.of(""), json.string("description"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"42", "true", "{}", "[]", "[\"alex\"]"})
    void refuses_a_string_field_of_another_type(String value) {
        JsonBody json = JsonBody.parse("{\"name\": " + value + "}");

        OntapProblem problem = assertBadField("name", () -> json.string("name"));
        assertEquals("Field \"name\" must be a string.", problem.error().message());
    }

    @Test
    void reads_booleans() {
        JsonBody json = JsonBody.parse("{\"yes\": true, \"no\": false}");

        assertEquals(Optional.of(true), json.bool("yes"));
        assertEquals(Optional.of(false), json.bool("no"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"true\"", "\"false\"", "1", "0", "{}", "[]"})
    void refuses_a_boolean_field_of_another_type(String value) {
        JsonBody json = JsonBody.parse("{\"account_disabled\": " + value + "}");

        assertBadField("account_disabled", () -> json.bool("account_disabled"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"svm1\"", "1", "true", "[]"})
    void refuses_an_object_field_of_another_type(String value) {
        JsonBody json = JsonBody.parse("{\"svm\": " + value + "}");

        assertBadField("svm", () -> json.object("svm"));
    }

    @Test
    void names_a_field_of_a_nested_object_with_its_dotted_path() {
        JsonBody svm = JsonBody.parse("{\"svm\": {\"uuid\": 7}}").object("svm").orElseThrow();

        assertBadField("svm.uuid", () -> svm.string("uuid"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "\"group\"", "1", "true"})
    void refuses_an_array_field_of_another_type(String value) {
        JsonBody json = JsonBody.parse("{\"membership\": " + value + "}");

        assertBadField("membership", () -> json.objects("membership"));
    }

    @Test
    void refuses_an_array_element_that_is_not_an_object_naming_its_index() {
        JsonBody json = JsonBody.parse("{\"membership\": [{\"name\": \"g\"}, \"g2\"]}");

        assertBadField("membership[1]", () -> json.objects("membership"));
    }

    @Test
    void names_a_field_inside_an_array_element_with_its_index() {
        List<JsonBody> groups = JsonBody.parse("{\"membership\": [{\"name\": 1}]}").objects("membership");

        assertBadField("membership[0].name", () -> groups.get(0).string("name"));
    }

    @Test
    void reads_the_objects_of_an_array_in_order() {
        List<JsonBody> groups = JsonBody.parse("{\"membership\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}").objects("membership");

        assertEquals(List.of(Optional.of("a"), Optional.of("b")), groups.stream().map(group -> group.string("name")).toList());
    }

    @Test
    void treats_null_values_as_absent() {
        JsonBody json = JsonBody.parse("{\"name\": null, \"account_disabled\": null, \"svm\": null, \"membership\": null}");

        assertEquals(Optional.empty(), json.string("name"));
        assertEquals(Optional.empty(), json.bool("account_disabled"));
        assertEquals(Optional.empty(), json.object("svm"));
        assertEquals(List.of(), json.objects("membership"));
    }

    @Test
    void treats_missing_fields_as_absent() {
        JsonBody json = JsonBody.parse("{}");

        assertEquals(Optional.empty(), json.string("name"));
        assertEquals(Optional.empty(), json.bool("account_disabled"));
        assertEquals(Optional.empty(), json.object("svm"));
        assertEquals(List.of(), json.objects("membership"));
    }

    @Test
    void answers_every_problem_as_an_ontap_bad_request_never_a_bare_exception() {
        OntapProblem problem = assertBadField(null, () -> JsonBody.parse("{\"name\": \"\\uZZZZ\"}"));

        assertEquals(OntapErrorCatalog.BAD_REQUEST.code(), problem.error().code());
    }
}

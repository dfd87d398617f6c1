package org.gatewayusers.rest.ontap.query;

import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.LOCAL_USERS;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.aUser;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.assertProblem;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.params;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.parse;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.resources.CollectionSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionQueryFieldsTest {

    private static final JsonObject ALEX = aUser("alex", 1001).fullName("Alex Smith").description("ops")
            .memberOf("Users", "S-1-5-32-545").json();

    private static final String SVM = "\"svm\":{\"uuid\":\"" + CollectionQueryFixtures.SVM1
            + "\",\"name\":\"vs1\",\"_links\":{\"self\":{\"href\":\"/api/svm/svms/" + CollectionQueryFixtures.SVM1
            + "\"}}}";
    private static final String SID = "\"sid\":\"S-1-5-21-100-200-300-1001\"";
    private static final String LINKS = "\"_links\":{\"self\":{\"href\":\"" + LOCAL_USERS + "/"
            + CollectionQueryFixtures.SVM1 + "/S-1-5-21-100-200-300-1001\"}}";

    private static JsonObject projected(String... pairs) {
        return project(CollectionSchemas.LOCAL_USERS, ALEX, pairs);
    }

    private static JsonObject project(CollectionSchema schema, JsonObject record, String... pairs) {
        List<JsonObject> records = CollectionQuery.parse(params(pairs), schema).apply(List.of(record), "/x").records();
        assertEquals(1, records.size());
        return records.get(0);
    }

    @Test
    void returns_the_always_fields_when_fields_is_absent() {
        assertEquals(parse("{" + SVM + ",\"name\":\"SMB01\\\\alex\"," + SID + "," + LINKS + "}"), projected());
    }

    @Test
    void returns_the_listed_fields_and_the_always_fields() {
        assertEquals(parse("{" + SVM + ",\"name\":\"SMB01\\\\alex\"," + SID + ",\"full_name\":\"Alex Smith\"," + LINKS
                + "}"), projected("fields=full_name"));
    }

    @Test
    void keeps_the_members_in_the_order_of_the_record() {
        assertEquals(List.of("svm", "name", "sid", "account_disabled", "description", "_links"),
                List.copyOf(projected("fields=description,account_disabled").keySet()));
    }

    @Test
    void returns_every_field_with_a_star_but_the_expensive_ones() {
        JsonObject record = projected("fields=*");
        assertEquals(List.of("svm", "name", "sid", "account_disabled", "full_name", "description", "_links"),
                List.copyOf(record.keySet()));
    }

    @Test
    void returns_an_expensive_field_with_two_stars_or_when_listed() {
        CollectionSchema cheap = CollectionSchemas.LOCAL_USERS.withExpensiveFields("membership");

        assertEquals(ALEX, project(cheap, ALEX, "fields=**"));
        assertEquals(ALEX, project(cheap, ALEX, "fields=*,membership"));
        assertEquals(ALEX.getJsonArray("membership"),
                project(cheap, ALEX, "fields=membership.name,membership.sid").getJsonArray("membership"));
    }

    @Test
    void returns_everything_the_record_holds_with_two_stars() {
        JsonObject withMore = aUser("alex", 1001).with("unlisted", Json.createValue(7)).json();

        assertEquals(withMore, project(CollectionSchemas.LOCAL_USERS, withMore, "fields=**"));
        assertEquals(false, project(CollectionSchemas.LOCAL_USERS, withMore, "fields=*").containsKey("unlisted"));
    }

    @Test
    void selects_every_field_below_a_prefix() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("svm.name", "svm.uuid", "name");
        JsonObject record = parse("{\"id\":1,\"name\":\"n\",\"svm\":{\"name\":\"vs1\",\"uuid\":\"u\"}}");

        assertEquals(parse("{\"svm\":{\"name\":\"vs1\",\"uuid\":\"u\"}}"), project(schema, record, "fields=svm"));
    }

    @Test
    void selects_a_nested_field_and_keeps_the_links_of_its_object() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("svm.name", "svm.uuid", "name");
        JsonObject record = parse("{\"id\":1,\"name\":\"n\",\"svm\":{\"name\":\"vs1\",\"uuid\":\"u\","
                + "\"_links\":{\"self\":{\"href\":\"/s\"}}},\"_links\":{\"self\":{\"href\":\"/r\"}}}");

        assertEquals(parse("{\"svm\":{\"name\":\"vs1\",\"_links\":{\"self\":{\"href\":\"/s\"}}}}"),
                project(schema, record, "fields=svm.name"));
    }

    @Test
    void selects_a_field_of_each_element_of_an_array() {
        JsonObject record = aUser("alex", 1001).memberOf("Users", "S-1").memberOf("Guests", "S-2").json();

        JsonObject projected = project(CollectionSchemas.LOCAL_USERS, record, "fields=membership.name");

        assertEquals(parse("{\"m\":[{\"name\":\"Users\"},{\"name\":\"Guests\"}]}").getJsonArray("m"),
                projected.getJsonArray("membership"));
    }

    @Test
    void returns_the_unique_key_and_the_always_fields_when_fields_is_absent_and_the_schema_has_no_default_fields() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("name", "size").withAlwaysFields("name");
        JsonObject record = parse("{\"size\":3,\"name\":\"n\",\"id\":1}");

        assertEquals(parse("{\"name\":\"n\",\"id\":1}"), project(schema, record));
        assertEquals(parse("{\"size\":3,\"name\":\"n\"}"), project(schema, record, "fields=size"));
    }

    @Test
    void reads_a_blank_fields_as_no_fields() {
        assertEquals(projected(), projected("fields="));
        assertEquals(projected(), projected("fields= , "));
    }

    @Test
    void reads_spaces_around_names_and_repeated_fields_parameters() {
        assertEquals(projected("fields=full_name,description"), projected("fields= full_name , description"));
        assertEquals(projected("fields=full_name,description"), projected("fields=full_name", "fields=description"));
    }

    @Test
    void accepts_an_always_field_in_fields() {
        assertEquals(projected(), projected("fields=_links,svm,sid"));
    }

    @Test
    void omits_a_field_the_record_does_not_have() {
        JsonObject bare = aUser("carol", 1003).json();

        assertEquals(false, project(CollectionSchemas.LOCAL_USERS.withExpensiveFields("full_name"), bare,
                "fields=account_disabled").containsKey("full_name"));
    }

    @Test
    void answers_a_selected_string_field_the_record_does_not_hold_as_empty() {
        JsonObject bare = aUser("carol", 1003).json();

        assertEquals("", project(CollectionSchemas.LOCAL_USERS, bare, "fields=full_name").getString("full_name"));
        assertEquals(false, project(CollectionSchemas.LOCAL_USERS, bare, "fields=full_name").containsKey("description"));
        assertEquals("", project(CollectionSchemas.LOCAL_USERS, bare, "fields=*").getString("description"));
        assertEquals("Alex Smith", projected("fields=full_name").getString("full_name"));
    }

    @Test
    void leaves_membership_out_of_a_star_unless_named() {
        assertEquals(false, projected("fields=*").containsKey("membership"));
        assertEquals(ALEX.getJsonArray("membership"), projected("fields=*,membership").getJsonArray("membership"));
    }

    @Test
    void projects_one_record_to_every_field_the_expensive_ones_too_when_fields_is_absent() {
        assertEquals(ALEX, query().project(ALEX));
        assertEquals(ALEX, query("fields=").project(ALEX));
        assertEquals(List.of("svm", "name", "sid", "account_disabled", "full_name", "description", "membership",
                "_links"), List.copyOf(query().project(ALEX).keySet()));
    }

    @Test
    void projects_one_record_to_the_listed_fields_and_the_always_fields() {
        assertEquals(List.of("svm", "name", "sid", "full_name", "_links"),
                List.copyOf(query("fields=full_name").project(ALEX).keySet()));
        assertEquals(ALEX, query("fields=**").project(ALEX));
    }

    @Test
    void rejects_an_unknown_field_in_fields() {
        OntapProblem problem = assertProblem(400, "262197", "fields", () -> query("fields=name,nmae"));

        assertEquals("Unexpected argument \"nmae\" in \"fields\".", problem.error().message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password", "svm.nmae", "svm._links", "sv", "membership.name.x", "Name", "***", "name.",
        ".name", "svm..name"})
    void rejects_a_name_that_is_no_field_nor_prefix_of_one(String name) {
        OntapProblem problem = assertProblem(400, "262197", "fields", () -> query("fields=sid," + name));

        assertEquals("Unexpected argument \"" + name + "\" in \"fields\".", problem.error().message());
    }

    @Test
    void rejects_an_unknown_field_also_next_to_a_star() {
        assertProblem(400, "262197", "fields", () -> query("fields=*,bogus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"members", "members.name", "*,members", "**", "name,members"})
    void a_page_of_groups_shows_their_members_when_fields_names_them(String fields) {
        assertEquals(true, CollectionQuery.parse(params("fields=" + fields), CollectionSchemas.LOCAL_GROUPS).selects("members"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "name", "description,sid"})
    void and_only_then(String fields) {
        assertEquals(false, CollectionQuery.parse(params("fields=" + fields), CollectionSchemas.LOCAL_GROUPS).selects("members"));
    }
}

package org.gatewayusers.rest.ontap.query;

import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.LOCAL_USERS;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.aUser;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.assertProblem;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.params;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.parse;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.query;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.resources.CollectionSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine as a resource calls it: parameters in, page and body out, and the errors ONTAP answers. */
class CollectionQueryTest {

    private final CollectionQueryFixtures.UserRecord alex = aUser("alex", 1001).fullName("Alex Smith")
            .memberOf("Users", "S-1-5-32-545");
    private final CollectionQueryFixtures.UserRecord bob = aUser("bob", 1002).disabled();
    private final List<JsonObject> users = List.of(bob.json(), alex.json());

    @Test
    void answers_a_body_with_records_num_records_and_a_self_link() {
        CollectionQuery.Page page = query().apply(users, LOCAL_USERS);

        JsonObject body = parse(page.body());
        assertEquals(List.of("records", "num_records", "_links"), List.copyOf(body.keySet()));
        assertEquals(2, body.getInt("num_records"));
        assertEquals(2, body.getJsonArray("records").size());
        assertEquals(LOCAL_USERS, body.getJsonObject("_links").getJsonObject("self").getString("href"));
        assertFalse(body.getJsonObject("_links").containsKey("next"));
        assertEquals(page.json(), body);
    }

    @Test
    void answers_an_empty_page_when_nothing_matches() {
        CollectionQuery.Page page = query("name=nobody").apply(users, LOCAL_USERS);

        assertEquals(List.of(), page.records());
        assertEquals(0, page.numRecords());
        assertEquals(Optional.empty(), page.nextHref());
        assertEquals("{\"records\":[],\"num_records\":0,\"_links\":{\"self\":{\"href\":\"" + LOCAL_USERS
                + "?name=nobody\"}}}", page.body());
    }

    @Test
    void answers_an_empty_page_for_an_empty_collection() {
        assertEquals(0, query().apply(List.of(), LOCAL_USERS).numRecords());
    }

    @Test
    void answers_the_number_of_records_only_when_return_records_is_false() {
        CollectionQuery.Page page = query("return_records=false").apply(users, LOCAL_USERS);

        assertEquals(List.of(), page.records());
        assertEquals(2, page.numRecords());
        assertFalse(page.recordsReturned());
        JsonObject body = parse(page.body());
        assertEquals(Set.of("num_records", "_links"), body.keySet());
        assertEquals(2, body.getInt("num_records"));
    }

    @Test
    void counts_only_the_matching_records_when_return_records_is_false() {
        assertEquals(1, query("return_records=false", "account_disabled=true").apply(users, LOCAL_USERS).numRecords());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"true", "TRUE", " true ", ""})
    void returns_records_when_return_records_is_true_or_empty(String value) {
        CollectionQuery query = query("return_records=" + value);

        assertTrue(query.returnRecords());
        assertEquals(2, query.apply(users, LOCAL_USERS).records().size());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yes", "0", "1", "no", "falsy"})
    void rejects_a_return_records_that_is_not_a_boolean(String value) {
        assertProblem(400, "2", "return_records", () -> query("return_records=" + value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "30", "120", " 15 "})
    void accepts_a_return_timeout_up_to_120_seconds(String value) {
        assertDoesNotThrow(() -> query("return_timeout=" + value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"121", "-1", "", "ten", "1.5", "99999999999"})
    void rejects_any_other_return_timeout(String value) {
        assertProblem(400, "2", "return_timeout", () -> query("return_timeout=" + value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nmae", "svm", "membership", "_links", "password", "uuid", "svm.nmae", "Name", "start",
        "max-records"})
    void rejects_a_parameter_that_is_neither_a_field_nor_reserved(String parameter) {
        OntapProblem problem = assertProblem(400, "2", parameter, () -> query(parameter + "=x"));

        assertEquals("Unexpected argument \"" + parameter + "\".", problem.error().message());
    }

    @Test
    void accepts_the_reserved_parameters_and_every_start_parameter() {
        assertDoesNotThrow(() -> query("fields=name", "max_records=5", "return_records=true", "return_timeout=15",
                "order_by=name", "start.uuid=x", "start.name=y"));
    }

    @Test
    void reads_no_parameters_as_an_empty_query() {
        assertEquals(2, CollectionQuery.parse(null, CollectionSchemas.LOCAL_USERS).apply(users, LOCAL_USERS)
                .numRecords());
        Map<String, List<String>> withoutValues = new HashMap<>();
        withoutValues.put("name", List.of());
        assertEquals(2, CollectionQuery.parse(withoutValues, CollectionSchemas.LOCAL_USERS).apply(users, LOCAL_USERS)
                .numRecords());
    }

    @Test
    void applies_the_filter_alone_to_a_record_for_a_patch_or_delete_on_the_collection() {
        CollectionQuery query = query("name=a*", "fields=sid", "max_records=1", "order_by=name desc");

        assertTrue(query.matches(alex.json()));
        assertFalse(query.matches(bob.json()));
    }

    @Test
    void writes_the_query_into_the_self_link_with_its_values_encoded() {
        CollectionQuery.Page page = query("name=SMB01\\a*|b ob", "fields=name,sid", "order_by=name desc")
                .apply(users, LOCAL_USERS);

        String self = page.selfHref();
        assertEquals(LOCAL_USERS + "?fields=name,sid&name=SMB01%5Ca*%7Cb%20ob&order_by=name%20desc", self);
        assertDoesNotThrow(() -> URI.create(self));
    }

    @Test
    void encodes_the_characters_that_would_break_a_query_string() {
        assertEquals("a%26b%3Dc%2Bd%23e%25f%3Fg", CollectionQuery.encode("a&b=c+d#e%f?g"));
        assertEquals("%3C%3D5%3E", CollectionQuery.encode("<=5>"));
        assertEquals("%C3%A9t%C3%A9", CollectionQuery.encode("été"));
        assertEquals("!a*,b:c/d@e-f.g_h~i", CollectionQuery.encode("!a*,b:c/d@e-f.g_h~i"));
    }

    @Test
    void answers_what_terraform_asks_for_a_local_user() {
        CollectionQuery query = query("svm.uuid=" + CollectionQueryFixtures.SVM1, "name=alex",
                "fields=account_disabled,description,full_name,name,sid");

        CollectionQuery.Page page = query.apply(users, LOCAL_USERS);

        assertEquals(1, page.numRecords());
        JsonObject record = page.records().get(0);
        assertEquals("SMB01\\alex", record.getString("name"));
        assertEquals(alex.sid(), record.getString("sid"));
        assertEquals("Alex Smith", record.getString("full_name"));
        assertFalse(record.getBoolean("account_disabled"));
        assertEquals(CollectionQueryFixtures.SVM1, record.getJsonObject("svm").getString("uuid"));
        assertFalse(record.containsKey("membership"));
    }

    @Test
    void answers_what_ansible_asks_for_an_svm() {
        List<JsonObject> svms = List.of(
                parse("{\"uuid\":\"u1\",\"name\":\"vs1\",\"subtype\":\"default\",\"_links\":{\"self\":{\"href\":\"/api/svm/svms/u1\"}}}"),
                parse("{\"uuid\":\"u2\",\"name\":\"vs2\",\"subtype\":\"default\",\"_links\":{\"self\":{\"href\":\"/api/svm/svms/u2\"}}}"));
        CollectionQuery query = CollectionQuery.parse(params("name=vs2", "fields=uuid"), CollectionSchemas.SVMS);

        assertEquals(parse("{\"uuid\":\"u2\",\"name\":\"vs2\",\"_links\":{\"self\":{\"href\":\"/api/svm/svms/u2\"}}}"),
                query.apply(svms, "/api/svm/svms").records().get(0));
    }
}

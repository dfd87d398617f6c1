package org.gatewayusers.rest.ontap.query;

import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.LOCAL_USERS;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.SVM1;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.SVM2;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.aUser;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.assertProblem;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.column;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.params;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionQueryOrderTest {

    // svm1: carol 1001, alex 1003, bob 1002; svm2: alex 1001, zed 1000 (same full name "Same" for several)
    private static final List<JsonObject> USERS = List.of(
            aUser("carol", 1001).fullName("Same").json(),
            aUser("alex", 1003).fullName("b").json(),
            aUser("bob", 1002).fullName("Same").disabled().json(),
            aUser("alex", 1001).onSvm(SVM2, "vs2", "SMB02").fullName("Same").json(),
            aUser("zed", 1000).onSvm(SVM2, "vs2", "SMB02").json());

    private static List<String> keys(String... pairs) {
        return keysOf(query(pairs).apply(USERS, LOCAL_USERS).records());
    }

    private static List<String> keysOf(List<JsonObject> records) {
        List<String> keys = new ArrayList<>();
        records.forEach(record -> keys.add(record.getString("name") + "/" + record.getString("sid").substring(21)));
        return keys;
    }

    @Test
    void orders_by_the_unique_key_by_default() {
        // svm.uuid, then sid
        assertEquals(List.of("SMB01\\carol/1001", "SMB01\\bob/1002", "SMB01\\alex/1003", "SMB02\\zed/1000",
                "SMB02\\alex/1001"), keys());
        assertEquals("svm.uuid asc,sid asc", query().order());
    }

    @Test
    void orders_the_same_whatever_order_the_records_come_in() {
        List<JsonObject> shuffled = new ArrayList<>(USERS);
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(keys("order_by=full_name"),
                    keysOf(query("order_by=full_name").apply(shuffled, LOCAL_USERS).records()));
        }
    }

    @Test
    void orders_by_a_field_ascending_and_breaks_ties_by_the_unique_key() {
        assertEquals(List.of("SMB01\\alex/1003", "SMB01\\bob/1002", "SMB01\\carol/1001", "SMB02\\alex/1001",
                "SMB02\\zed/1000"), keys("order_by=name"));
        assertEquals(keys("order_by=name"), keys("order_by=name asc"));
        assertEquals(keys("order_by=name"), keys("order_by=name ASC"));
        assertEquals("name asc,svm.uuid asc,sid asc", query("order_by=name").order());
    }

    @Test
    void orders_by_a_field_descending_and_still_breaks_ties_ascending() {
        // Same: svm1/1001 carol, svm1/1002 bob, svm2/1001 alex; then "b"; nothing last
        assertEquals(List.of("SMB01\\carol/1001", "SMB01\\bob/1002", "SMB02\\alex/1001", "SMB01\\alex/1003",
                "SMB02\\zed/1000"), keys("order_by=full_name desc"));
        assertEquals("full_name desc,svm.uuid asc,sid asc", query("order_by=full_name desc").order());
    }

    @Test
    void sorts_a_missing_value_first_ascending() {
        assertEquals("SMB02\\zed/1000", keys("order_by=full_name").get(0));
    }

    @Test
    void orders_by_several_fields() {
        assertEquals(List.of("SMB01\\alex/1003", "SMB01\\bob/1002", "SMB01\\carol/1001", "SMB02\\alex/1001",
                "SMB02\\zed/1000"), keys("order_by=svm.name,name"));
        assertEquals(List.of("SMB02\\zed/1000", "SMB02\\alex/1001", "SMB01\\carol/1001", "SMB01\\bob/1002",
                "SMB01\\alex/1003"), keys("order_by=svm.name desc, name desc"));
    }

    @Test
    void orders_by_a_field_of_the_unique_key_in_the_direction_asked() {
        assertEquals(List.of("SMB01\\alex/1003", "SMB01\\bob/1002", "SMB01\\carol/1001", "SMB02\\alex/1001",
                "SMB02\\zed/1000"), keys("order_by=sid desc"));
        assertEquals("sid desc,svm.uuid asc", query("order_by=sid desc").order());
    }

    @Test
    void orders_booleans_false_first() {
        assertEquals("SMB01\\bob/1002", keys("order_by=account_disabled desc").get(0));
        assertEquals("SMB01\\bob/1002", keys("order_by=account_disabled").get(4));
    }

    @Test
    void orders_strings_without_regard_to_case_then_by_case() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("name");
        List<JsonObject> records = List.of(
                Json.createObjectBuilder().add("id", 1).add("name", "b").build(),
                Json.createObjectBuilder().add("id", 2).add("name", "B").build(),
                Json.createObjectBuilder().add("id", 3).add("name", "a").build(),
                Json.createObjectBuilder().add("id", 4).add("name", "C").build());

        List<JsonObject> ordered = CollectionQuery.parse(params("order_by=name", "fields=*"), schema).apply(records, "/x").records();

        assertEquals(List.of("a", "B", "b", "C"), column(ordered, "name"));
    }

    @Test
    void orders_numbers_by_value() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("size");
        List<JsonObject> records = List.of(
                Json.createObjectBuilder().add("id", 1).add("size", 10).build(),
                Json.createObjectBuilder().add("id", 2).add("size", 9).build(),
                Json.createObjectBuilder().add("id", 3).add("size", 100.5).build(),
                Json.createObjectBuilder().add("id", 4).add("size", -1).build());

        List<JsonObject> ordered = CollectionQuery.parse(params("order_by=size desc"), schema).apply(records, "/x")
                .records();

        assertEquals(List.of("3", "1", "2", "4"), column(ordered, "id"));
    }

    @Test
    void orders_by_the_first_element_where_the_path_crosses_an_array() {
        List<JsonObject> records = List.of(
                aUser("a", 1).memberOf("Zeta", "S-1").memberOf("Alpha", "S-2").json(),
                aUser("b", 2).memberOf("Beta", "S-3").json(),
                aUser("c", 3).json());

        List<JsonObject> ordered = query("order_by=membership.name").apply(records, LOCAL_USERS).records();

        assertEquals(List.of("SMB01\\c", "SMB01\\b", "SMB01\\a"), column(ordered, "name"));
    }

    @Test
    void ignores_a_field_named_twice_in_order_by() {
        assertEquals("name desc,svm.uuid asc,sid asc", query("order_by=name desc,name asc").order());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nmae", "svm", "membership", "_links", "name,nmae desc", "password asc"})
    void rejects_an_unknown_field_in_order_by(String orderBy) {
        OntapProblem problem = assertProblem(400, "2", "order_by", () -> query("order_by=" + orderBy));

        assertTrue(problem.error().message().contains("order_by"), problem.error().message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name up", "name asc desc", "name descending", "name asc,sid down"})
    void rejects_a_direction_other_than_asc_or_desc(String orderBy) {
        assertProblem(400, "2", "order_by", () -> query("order_by=" + orderBy));
    }

    @Test
    void reads_a_blank_order_by_as_the_default_order() {
        assertEquals(query().order(), query("order_by=").order());
        assertEquals(query().order(), query("order_by= , ").order());
    }

    @Test
    void keeps_the_svm_of_the_first_records_when_ordered_by_svm() {
        assertEquals(SVM1, query("order_by=svm.uuid").apply(USERS, LOCAL_USERS).records().get(0)
                .getJsonObject("svm").getString("uuid"));
    }
}

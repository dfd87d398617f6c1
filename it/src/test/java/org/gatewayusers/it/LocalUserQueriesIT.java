package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_CIFS_SERVER;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.PASSWORD;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.shortName;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.user;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/protocols/cifs/local-users} with the ONTAP query language: a filter on every field with every
 * operator, {@code fields}, {@code order_by}, {@code max_records}, {@code return_records}.
 *
 * <p>The users live on an SVM of this class's own that no test changes: {@code ann}, {@code bob}, {@code carl},
 * {@code dora}, the {@code Administrator} that the CIFS server brought, and the group {@code staff} of ann and bob.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalUserQueriesIT {

    private static final String SERVER = "QSRV";

    private final OntapClient ontap = new OntapClient();

    private String svm;
    private String svmName;
    private String bobSid;

    @BeforeAll
    void users_of_one_svm() {
        svm = ontap.newSvmWithCifsServer(SERVER);
        svmName = ontap.svmName(svm);
        ontap.createUser(body("ann").add("full_name", "Ann Archer").add("description", "alpha").build());
        bobSid = ontap.createUser(body("bob").add("full_name", "Bob Baker").add("description", "beta")
                .add("account_disabled", true).build());
        ontap.createUser(body("carl").add("full_name", "Carl Cook").build());
        ontap.createUser(body("dora").add("description", "delta").build());
        ontap.post(OntapClient.LOCAL_GROUPS, Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("uuid", svm)).add("name", "staff")
                .add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "ann"))
                        .add(Json.createObjectBuilder().add("name", "bob")))
                .build()).assertStatus(201);
    }

    private jakarta.json.JsonObjectBuilder body(String name) {
        return Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("uuid", svm))
                .add("name", name).add("password", PASSWORD);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
            // name: short names match the part after the backslash, qualified names the whole value
            "name ; ann ; ann",
            "name ; ANN ; ann",
            "name ; QSRV\\ann ; ann",
            "name ; qsrv\\ANN ; ann",
            "name ; OTHER\\ann ; NONE",
            "name ; nobody ; NONE",
            "name ; a* ; Administrator ann",
            "name ; *o* ; Administrator bob dora",
            "name ; QSRV\\*a* ; Administrator ann carl dora",
            "name ; ann|b* ; ann bob",
            "name ; ann|dora|nobody ; ann dora",
            "name ; !ann ; Administrator bob carl dora",
            "name ; !a* ; bob carl dora",
            "name ; <bob ; Administrator ann",
            "name ; <=bob ; Administrator ann bob",
            "name ; >carl ; dora",
            "name ; >=carl ; carl dora",
            "name ; <ann|>carl ; Administrator dora",
            "name ; !null ; Administrator ann bob carl dora",
            "name ; null ; NONE",
            // full_name
            "full_name ; Ann Archer ; ann",
            "full_name ; *er ; ann bob",
            "full_name ; c*|*baker ; bob carl",
            "full_name ; null ; Administrator dora",
            "full_name ; !null ; ann bob carl",
            "full_name ; >=Bob Baker ; bob carl",
            // description
            "description ; alpha|delta ; ann dora",
            "description ; null ; carl",
            "description ; !null ; Administrator ann bob dora",
            "description ; *ELT* ; dora",
            // account_disabled
            "account_disabled ; true ; Administrator bob",
            "account_disabled ; false ; ann carl dora",
            "account_disabled ; !true ; ann carl dora",
            // sid: the Administrator is RID 500
            "sid ; *-500 ; Administrator",
            "sid ; !*-500 ; ann bob carl dora",
            "sid ; S-1-5-21-* ; Administrator ann bob carl dora",
            // membership, both views of one relation
            "membership.name ; QSRV\\staff ; ann bob",
            "membership.name ; *staff ; ann bob",
            "membership.name ; BUILTIN\\Administrators ; Administrator",
            "membership.name ; *staff|BUILTIN\\* ; Administrator ann bob",
            "membership.name ; null ; carl dora",
            "membership.name ; !null ; Administrator ann bob",
            "membership.sid ; S-1-5-32-544 ; Administrator",
            "membership.sid ; S-1-5-21-* ; ann bob",
    })
    void filters_on_every_field_with_every_operator(String field, String value, String expected) {
        List<JsonObject> records = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&" + field + "=" + encode(value)
                + "&fields=name");
        assertEquals(names(expected), shortNames(records), () -> field + "=" + value + " gave " + records);
    }

    @Test
    void filters_on_an_exact_sid() {
        List<JsonObject> records = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&sid=" + bobSid + "&fields=name");
        assertEquals(Set.of("bob"), shortNames(records));
    }

    @Test
    void filters_on_the_svm_name_alone_and_on_alternatives_of_svm_uuids() {
        List<JsonObject> byName = ontap.records(LOCAL_USERS + "?svm.name=" + svmName + "&fields=name");
        assertEquals(names("Administrator ann bob carl dora"), shortNames(byName));
        byName.forEach(record -> assertEquals(svm, record.getJsonObject("svm").getString("uuid")));

        List<JsonObject> byUuids = ontap.records(LOCAL_USERS + "?svm.uuid="
                + encode(svm + "|00000000-0000-0000-0000-000000000000") + "&fields=name");
        assertEquals(names("Administrator ann bob carl dora"), shortNames(byUuids));
    }

    @Test
    void combines_filters_on_several_fields() {
        List<JsonObject> records = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&account_disabled=false"
                + "&full_name=!null&name=" + encode("!carl") + "&fields=name");
        assertEquals(Set.of("ann"), shortNames(records));
    }

    @Test
    void a_short_name_finds_the_stored_qualified_name_on_the_demo_svm() {
        String name = uniqueName("q");
        ontap.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertStatus(201);

        List<JsonObject> records = ontap.records(LOCAL_USERS + "?svm.name=" + DEMO_SVM + "&name=" + name + "&fields=name");
        assertEquals(1, records.size(), records::toString);
        assertEquals(DEMO_CIFS_SERVER + "\\" + name, records.get(0).getString("name"));
    }

    @Test
    void records_always_carry_svm_sid_and_name_whatever_fields_says() {
        JsonObject ann = only(ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&name=ann&fields=full_name"));

        assertEquals("Ann Archer", ann.getString("full_name"));
        assertEquals(SERVER + "\\ann", ann.getString("name"));
        assertTrue(ann.getString("sid").startsWith("S-1-5-21-"), ann::toString);
        assertEquals(svm, ann.getJsonObject("svm").getString("uuid"));
        assertEquals(svmName, ann.getJsonObject("svm").getString("name"));
        assertFalse(ann.containsKey("account_disabled"), ann::toString);
        assertFalse(ann.containsKey("description"), ann::toString);
        assertFalse(ann.containsKey("membership"), ann::toString);
    }

    @Test
    void without_fields_a_listing_still_gives_svm_sid_and_name() {
        List<JsonObject> records = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm);
        assertEquals(5, records.size());
        for (JsonObject record : records) {
            assertTrue(record.containsKey("svm") && record.containsKey("sid") && record.containsKey("name"), record::toString);
        }
    }

    @Test
    void fields_lists_the_named_fields() {
        JsonObject bob = only(ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&name=bob&fields="
                + encode("account_disabled,description")));
        assertTrue(bob.getBoolean("account_disabled"));
        assertEquals("beta", bob.getString("description"));
        assertFalse(bob.containsKey("full_name"), bob::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "**"})
    void fields_star_with_membership_named_and_double_star_give_every_field(String fields) {
        JsonObject bob = only(ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&name=bob&fields=" + fields
                + (fields.equals("*") ? ",membership" : "")));
        assertEquals("Bob Baker", bob.getString("full_name"));
        assertEquals("beta", bob.getString("description"));
        assertTrue(bob.getBoolean("account_disabled"));
        assertEquals(bobSid, bob.getString("sid"));
        JsonObject staff = bob.getJsonArray("membership").getJsonObject(0);
        assertEquals(SERVER + "\\staff", staff.getString("name"));
        assertTrue(staff.getString("sid").startsWith("S-1-5-21-"), staff::toString);
    }

    @Test
    void fields_on_one_record_cuts_it_too_but_keeps_svm_sid_and_name() {
        JsonObject bob = ontap.getJson(userPath(svm, bobSid) + "?fields=full_name");
        assertEquals("Bob Baker", bob.getString("full_name"));
        assertEquals(bobSid, bob.getString("sid"));
        assertEquals(SERVER + "\\bob", bob.getString("name"));
        assertEquals(svm, bob.getJsonObject("svm").getString("uuid"));
        assertFalse(bob.containsKey("description"), bob::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "name,colour", "*,colour", "password"})
    void an_unknown_name_in_fields_is_262197_on_fields(String fields) {
        JsonObject error = ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=" + encode(fields))
                .assertOntapError(400, "262197");
        assertEquals("fields", error.getString("target"));
        ontap.get(userPath(svm, bobSid) + "?fields=" + encode(fields)).assertOntapError(400, "262197");
    }

    @Test
    void an_unknown_query_parameter_is_code_2_on_that_parameter() {
        JsonObject error = ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&colour=red").assertOntapError(400, "2");
        assertEquals("colour", error.getString("target"));
    }

    @Test
    void order_by_sorts_ascending_and_descending() {
        assertEquals(List.of("Administrator", "ann", "bob", "carl", "dora"),
                orderedShortNames(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&order_by=name"));
        assertEquals(List.of("Administrator", "ann", "bob", "carl", "dora"),
                orderedShortNames(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&order_by=" + encode("name asc")));
        assertEquals(List.of("dora", "carl", "bob", "ann", "Administrator"),
                orderedShortNames(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&order_by=" + encode("name desc")));
        assertEquals(List.of("carl", "bob", "ann"),
                orderedShortNames(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&full_name=!null&order_by="
                        + encode("full_name desc")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "name sideways", "name asc desc", "password"})
    void a_bad_order_by_is_code_2_on_order_by(String orderBy) {
        JsonObject error = ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&order_by=" + encode(orderBy))
                .assertOntapError(400, "2");
        assertEquals("order_by", error.getString("target"));
    }

    @Test
    void max_records_caps_a_page_and_links_the_next() {
        JsonObject page = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&max_records=2");
        assertEquals(2, page.getInt("num_records"));
        assertEquals(2, page.getJsonArray("records").size());
        assertTrue(page.getJsonObject("_links").containsKey("self"), page::toString);
        assertTrue(page.getJsonObject("_links").containsKey("next"), page::toString);

        JsonObject all = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&max_records=10000");
        assertEquals(5, all.getInt("num_records"));
        assertFalse(all.getJsonObject("_links").containsKey("next"), all::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "10001", "abc", "2.5"})
    void a_bad_max_records_is_code_2_on_max_records(String maxRecords) {
        JsonObject error = ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&max_records=" + maxRecords)
                .assertOntapError(400, "2");
        assertEquals("max_records", error.getString("target"));
    }

    @Test
    void return_records_false_counts_without_records() {
        JsonObject body = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&return_records=false");
        assertEquals(5, body.getInt("num_records"));
        assertFalse(body.containsKey("records"), body::toString);
        ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&return_records=maybe").assertOntapError(400, "2");
    }

    @Test
    void return_timeout_is_accepted_up_to_120() {
        assertEquals(5, ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&return_timeout=120").getInt("num_records"));
        ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&return_timeout=121").assertOntapError(400, "2");
    }

    @Test
    void a_forged_start_key_is_code_2() {
        ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&start.key=not-a-cursor").assertOntapError(400, "2");
    }

    private static JsonObject only(List<JsonObject> records) {
        assertEquals(1, records.size(), records::toString);
        return records.get(0);
    }

    private List<String> orderedShortNames(String pathAndQuery) {
        return ontap.records(pathAndQuery).stream().map(record -> shortName(record.getString("name"))).toList();
    }

    static Set<String> shortNames(List<JsonObject> records) {
        List<String> all = records.stream().map(record -> shortName(record.getString("name"))).toList();
        Set<String> distinct = new TreeSet<>(all);
        assertEquals(all.size(), distinct.size(), () -> "no record twice: " + all);
        return distinct;
    }

    static Set<String> names(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
    }
}

package org.gatewayusers.rest.ontap.query;

import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.aUser;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.params;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionQueryFilterTest {

    private static final JsonObject ALEX = aUser("alex", 1001).fullName("Alex Smith").description("ops team")
            .memberOf("Administrators", "S-1-5-32-544").memberOf("Users", "S-1-5-32-545").json();
    private static final JsonObject BOB = aUser("bob", 1002).fullName("Bob").disabled()
            .memberOf("Users", "S-1-5-32-545").json();
    private static final JsonObject CAROL = aUser("carol", 1003).json();
    private static final JsonObject DAVE = aUser("dave", 1004).onSvm(CollectionQueryFixtures.SVM2, "vs2", "SMB02")
            .description("").json();
    private static final List<JsonObject> USERS = List.of(ALEX, BOB, CAROL, DAVE);

    /** The short names of the local users a query's filters keep. */
    private static String matching(String... pairs) {
        CollectionQuery query = query(pairs);
        return USERS.stream().filter(query::matches)
                .map(user -> user.getString("name").substring(user.getString("name").indexOf('\\') + 1))
                .collect(Collectors.joining(","));
    }

    /** A collection with numbers, booleans, nested arrays of objects and arrays of strings. */
    private static final CollectionSchema VOLUMES = CollectionSchema.keyedBy("uuid")
            .withFields("name", "size", "ratio", "online", "tags", "aggregates.name", "aggregates.disks.count", "label");

    private static final List<JsonObject> VOLUMES_DATA = List.of(
            volume("v1", 10, "1.5", true, "aggr1", 3).add("label", "10").add("tags", Json.createArrayBuilder().add("gold").add("db")).build(),
            volume("v2", 9, "0.25", false, "aggr2", 12).add("label", "9").add("tags", Json.createArrayBuilder()).build(),
            volume("v3", 100, "2", true, "aggr1", 7).add("label", "abc").build(),
            volume("v4", 1000, "10", false, "aggr3", 1).add("label", Json.createValue("x")).addNull("size").build());

    private static jakarta.json.JsonObjectBuilder volume(String name, long size, String ratio, boolean online,
            String aggregate, int disks) {
        return Json.createObjectBuilder()
                .add("uuid", "uuid-" + name)
                .add("name", name)
                .add("size", size)
                .add("ratio", new java.math.BigDecimal(ratio))
                .add("online", online)
                .add("aggregates", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", aggregate)
                                .add("disks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("count", disks)))));
    }

    private static String volumes(String... pairs) {
        CollectionQuery query = CollectionQuery.parse(params(pairs), VOLUMES);
        return VOLUMES_DATA.stream().filter(query::matches).map(volume -> volume.getString("name"))
                .collect(Collectors.joining(","));
    }

    @Test
    void matches_every_record_without_filters() {
        assertEquals("alex,bob,carol,dave", matching());
        assertEquals("alex,bob,carol,dave", matching("fields=*", "max_records=1", "order_by=name desc"));
    }

    @Nested
    class Equality {

        @Test
        void matches_a_field_equal_to_the_value() {
            assertEquals("bob", matching("full_name=Bob"));
            assertEquals("alex", matching("sid=S-1-5-21-100-200-300-1001"));
        }

        @Test
        void matches_strings_without_regard_to_case() {
            assertEquals("alex", matching("full_name=aLEX sMITH"));
            assertEquals("alex", matching("name=ALEX"));
            assertEquals("alex", matching("sid=s-1-5-21-100-200-300-1001"));
        }

        @Test
        void matches_a_whole_value_only() {
            assertEquals("", matching("full_name=Alex"));
            assertEquals("", matching("full_name=Alex Smith "));
        }

        @Test
        void matches_an_empty_value_against_an_empty_string_only() {
            assertEquals("dave", matching("description="));
        }

        @Test
        void matches_booleans_as_true_and_false_in_any_case() {
            assertEquals("bob", matching("account_disabled=true"));
            assertEquals("bob", matching("account_disabled=TRUE"));
            assertEquals("alex,carol,dave", matching("account_disabled=false"));
            assertEquals("", matching("account_disabled=1"));
        }

        @Test
        void follows_a_dotted_path_into_a_nested_object() {
            assertEquals("dave", matching("svm.name=vs2"));
            assertEquals("alex,bob,carol", matching("svm.uuid=" + CollectionQueryFixtures.SVM1));
        }

        @Test
        void compares_numbers_by_value() {
            assertEquals("v2", volumes("size=9"));
            assertEquals("v2", volumes("size=9.0"));
            assertEquals("v2", volumes("size=0.9e1"));
            assertEquals("v3", volumes("ratio=2.00"));
            assertEquals("", volumes("size=nine"));
        }

        @Test
        void compares_a_number_stored_as_a_string_as_text() {
            assertEquals("v2", volumes("label=9"));
            assertEquals("", volumes("label=9.0"));
        }
    }

    @Nested
    class Negation {

        @Test
        void excludes_the_records_equal_to_the_value() {
            assertEquals("alex,carol,dave", matching("full_name=!bob"));
            assertEquals("alex,carol,dave", matching("account_disabled=!true"));
        }

        @Test
        void keeps_the_records_without_the_field_as_the_complement_of_the_value() {
            assertEquals("bob,carol,dave", matching("description=!ops team"));
        }

        @Test
        void finds_the_records_without_a_matching_element_when_the_path_crosses_an_array() {
            assertEquals("bob,carol,dave", matching("membership.name=!administrators"));
        }

        @Test
        void combines_with_a_wildcard() {
            assertEquals("bob,carol,dave", matching("full_name=!alex*"));
        }

        @Test
        void combines_with_a_comparison() {
            assertEquals("v1,v3,v4", volumes("size=!<10"));
        }
    }

    @Nested
    class Comparisons {

        @ParameterizedTest(name = "size={0} -> {1}")
        @CsvSource(delimiter = ';', value = {
            "<10;v2", "<=10;v1,v2", ">10;v3", ">=10;v1,v3", "<9;''", ">=9;v1,v2,v3", "<100.5;v1,v2,v3", ">1e1;v3"})
        void compares_numbers_numerically(String value, String expected) {
            assertEquals(expected, volumes("size=" + value));
        }

        @ParameterizedTest(name = "ratio={0} -> {1}")
        @CsvSource(delimiter = ';', value = {"<1;v2", ">1.5;v3,v4", ">=1.5;v1,v3,v4", "<=0.25;v2"})
        void compares_decimal_numbers_numerically(String value, String expected) {
            assertEquals(expected, volumes("ratio=" + value));
        }

        @Test
        void compares_strings_as_text_without_regard_to_case() {
            assertEquals("alex,bob", matching("full_name=<C"));
            assertEquals("alex,bob", matching("full_name=<c"));
            assertEquals("bob", matching("full_name=>=b"));
            assertEquals("alex", matching("full_name=<=alex smith"));
            assertEquals("v1,v2", volumes("name=<V3"));
        }

        @Test
        void compares_numbers_stored_as_strings_as_text() {
            // "10" < "9" as text, whatever it is as a number
            assertEquals("v1", volumes("label=<9"));
            assertEquals("v1,v2", volumes("label=<a"));
        }

        @Test
        void compares_a_number_with_text_as_text() {
            assertEquals("v1,v2,v3", volumes("size=<a"));
        }

        @Test
        void never_matches_a_record_without_the_field() {
            assertEquals("bob", matching("full_name=>b"));
            assertEquals("v1,v2,v3", volumes("size=>0"));
        }

        @Test
        void matches_when_any_element_of_an_array_compares() {
            assertEquals("v2,v3", volumes("aggregates.disks.count=>5"));
            assertEquals("v1,v4", volumes("aggregates.disks.count=<=3"));
        }
    }

    @Nested
    class Wildcards {

        @ParameterizedTest(name = "full_name={0} -> {1}")
        @CsvSource(delimiter = ';', value = {
            "Alex*;alex", "*Smith;alex", "*x S*;alex", "A*h;alex", "*;alex,bob", "b*;bob", "*o*;bob", "**b**;bob",
            "alex smith*;alex", "*z*;''"})
        void matches_a_glob_without_regard_to_case(String value, String expected) {
            assertEquals(expected, matching("full_name=" + value));
        }

        @Test
        void reads_regular_expression_characters_literally() {
            CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("text");
            List<JsonObject> records = List.of(
                    Json.createObjectBuilder().add("id", 1).add("text", "a.b(c)[d]+$").build(),
                    Json.createObjectBuilder().add("id", 2).add("text", "aXb(c)[d]+$").build());
            CollectionQuery query = CollectionQuery.parse(params("text=a.b*[d]+$"), schema);

            assertEquals(List.of(true, false), records.stream().map(query::matches).toList());
        }

        @Test
        void matches_a_glob_against_numbers_and_booleans_as_text() {
            assertEquals("v1,v3", volumes("size=1*"));
            assertEquals("v1,v3", volumes("online=t*"));
        }

        @Test
        void matches_a_lone_star_against_any_value_but_none() {
            assertEquals("alex,dave", matching("description=*"));
        }
    }

    @Nested
    class Alternatives {

        @Test
        void matches_any_of_the_alternatives() {
            assertEquals("alex,carol", matching("name=alex|carol"));
            assertEquals("alex,bob,carol", matching("name=alex|b*|carol|nobody"));
        }

        @Test
        void gives_each_alternative_its_own_operator() {
            assertEquals("v2,v4", volumes("size=<10|null"));
            assertEquals("v1,v2", volumes("size=<=9|10"));
            assertEquals("v2,v3,v4", volumes("size=>99|!10"));
            assertEquals("v1,v3,v4", volumes("name=!v2|v3"));
        }

        @Test
        void reads_an_empty_alternative_as_an_empty_string() {
            assertEquals("alex,dave", matching("description=ops team|"));
        }
    }

    @Nested
    class Nulls {

        @Test
        void matches_null_against_an_absent_field() {
            assertEquals("bob,carol", matching("description=null"));
            assertEquals("carol,dave", matching("full_name=null"));
        }

        @Test
        void matches_null_against_a_json_null() {
            assertEquals("v4", volumes("size=null"));
        }

        @Test
        void matches_not_null_against_a_present_field() {
            assertEquals("alex,dave", matching("description=!null"));
            assertEquals("v1,v2,v3", volumes("size=!null"));
        }

        @Test
        void matches_null_against_an_empty_array() {
            assertEquals("carol,dave", matching("membership.name=null"));
            assertEquals("alex,bob", matching("membership.name=!null"));
            assertEquals("v2,v3,v4", volumes("tags=null"));
        }

        @Test
        void reads_null_in_lower_case_only_as_null() {
            assertEquals("", matching("description=NULL"));
        }
    }

    @Nested
    class Arrays {

        @Test
        void matches_when_any_element_matches() {
            assertEquals("alex,bob", matching("membership.name=users"));
            assertEquals("alex", matching("membership.name=administrators"));
            assertEquals("alex", matching("membership.sid=S-1-5-32-544"));
        }

        @Test
        void matches_a_wildcard_against_each_element() {
            assertEquals("alex", matching("membership.name=admin*"));
        }

        @Test
        void matches_through_arrays_nested_in_arrays() {
            assertEquals("v2", volumes("aggregates.disks.count=12"));
            assertEquals("v1,v3", volumes("aggregates.name=aggr1"));
        }

        @Test
        void matches_an_array_of_strings() {
            assertEquals("v1", volumes("tags=db"));
            assertEquals("v1", volumes("tags=g*"));
        }
    }

    @Nested
    class DomainQualifiedNames {

        @Test
        void matches_a_short_name_against_a_domain_qualified_name() {
            assertEquals("alex", matching("name=alex"));
            assertEquals("dave", matching("name=DAVE"));
        }

        @Test
        void matches_a_short_name_with_wildcards_against_the_part_after_the_backslash() {
            assertEquals("alex", matching("name=a*"));
            assertEquals("bob,carol", matching("name=*o*"));
            assertEquals("", matching("name=SMB*"));
        }

        @Test
        void matches_a_qualified_name_against_the_whole_name() {
            assertEquals("alex", matching("name=SMB01\\alex"));
            assertEquals("alex", matching("name=smb01\\ALEX"));
            assertEquals("", matching("name=SMB02\\alex"));
            assertEquals("alex,bob,carol", matching("name=SMB01\\*"));
            assertEquals("dave", matching("name=*2\\*"));
        }

        @Test
        void compares_and_negates_the_short_name() {
            assertEquals("alex,bob", matching("name=<c"));
            assertEquals("bob,carol,dave", matching("name=!alex"));
        }

        @Test
        void compares_only_the_domain_qualified_field_by_its_short_name() {
            CollectionSchema plain = CollectionSchema.keyedBy("svm.uuid", "sid").withFields("name", "full_name");
            JsonObject user = aUser("alex", 1001).fullName("CORP\\alex").json();

            assertFalse(CollectionQuery.parse(params("name=alex"), plain).matches(user));
            assertFalse(query("full_name=alex").matches(user));
            assertTrue(query("full_name=CORP\\alex").matches(user));
        }
    }

    @Nested
    class SeveralFilters {

        @Test
        void keeps_the_records_that_match_every_filter() {
            assertEquals("alex", matching("membership.name=users", "account_disabled=false"));
            assertEquals("", matching("name=bob", "account_disabled=false"));
        }

        @Test
        void keeps_the_records_that_match_every_value_of_a_repeated_parameter() {
            assertEquals("alex", matching("description=!dev*", "description=!null", "description=?*|o*"));
            assertEquals("dave", matching("description=!ops team", "description=!null"));
        }
    }
}

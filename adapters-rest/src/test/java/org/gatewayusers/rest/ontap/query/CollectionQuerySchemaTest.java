package org.gatewayusers.rest.ontap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gatewayusers.rest.ontap.resources.CollectionSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema a resource gives the engine, and the local-users schema of the families page. */
class CollectionQuerySchemaTest {

    @Test
    void lists_the_local_user_fields_of_the_families_page() {
        assertEquals(Set.of("name", "full_name", "description", "sid", "account_disabled", "svm.name", "svm.uuid",
                "membership.name", "membership.sid"), CollectionSchemas.LOCAL_USERS.fields());
    }

    @Test
    void always_returns_the_svm_and_sid_of_a_local_user() {
        assertTrue(CollectionSchemas.LOCAL_USERS.alwaysFields().containsAll(List.of("svm", "sid", "name", "_links")));
    }

    @Test
    void keys_local_users_by_svm_and_sid() {
        assertEquals(List.of("svm.uuid", "sid"), CollectionSchemas.LOCAL_USERS.uniqueKey());
        assertTrue(CollectionSchemas.LOCAL_USERS.isDomainQualified("name"));
        assertFalse(CollectionSchemas.LOCAL_USERS.isDomainQualified("full_name"));
    }

    @Test
    void finds_local_groups_and_their_members_by_short_name() {
        jakarta.json.JsonObject group = CollectionQueryFixtures.parse("{\"svm\":{\"uuid\":\"u\",\"name\":\"vs1\"},"
                + "\"name\":\"SMB01\\\\admins\",\"sid\":\"S-1-5-21-1-2-3-1100\","
                + "\"members\":[{\"name\":\"SMB01\\\\alex\"},{\"name\":\"CORP\\\\bob\"}]}");

        assertTrue(CollectionQuery.parse(CollectionQueryFixtures.params("name=admins", "members.name=bob"),
                CollectionSchemas.LOCAL_GROUPS).matches(group));
        assertTrue(CollectionQuery.parse(CollectionQueryFixtures.params("members.name=CORP\\b*"),
                CollectionSchemas.LOCAL_GROUPS).matches(group));
        assertFalse(CollectionQuery.parse(CollectionQueryFixtures.params("members.name=SMB01\\bob"),
                CollectionSchemas.LOCAL_GROUPS).matches(group));
        assertEquals(List.of("svm.uuid", "sid"), CollectionSchemas.LOCAL_GROUPS.uniqueKey());
    }

    @Test
    void keys_the_members_of_a_group_by_name() {
        jakarta.json.JsonObject member = CollectionQueryFixtures.parse("{\"name\":\"SMB01\\\\alex\",\"_links\":{}}");

        assertEquals(List.of("name"), CollectionSchemas.GROUP_MEMBERS.uniqueKey());
        assertTrue(CollectionQuery.parse(CollectionQueryFixtures.params("name=ALEX"), CollectionSchemas.GROUP_MEMBERS)
                .matches(member));
    }

    @Test
    void makes_the_unique_key_fields_fields() {
        CollectionSchema schema = CollectionSchema.keyedBy("svm.uuid", "sid");

        assertTrue(schema.isField("svm.uuid"));
        assertTrue(schema.isField("sid"));
        assertTrue(schema.isSelectable("svm"));
    }

    @Test
    void refuses_a_schema_without_a_unique_key() {
        assertThrows(IllegalArgumentException.class, CollectionSchema::keyedBy);
        assertThrows(IllegalArgumentException.class, () -> CollectionSchema.keyedBy("sid", "sid"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", ".a", "a.", "a..b", "a,b", "a b", "*", "**"})
    void refuses_a_field_that_is_not_a_dotted_path(String name) {
        assertThrows(IllegalArgumentException.class, () -> CollectionSchema.keyedBy("id").withFields(name));
    }

    @Test
    void refuses_lists_that_name_what_is_no_field() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("svm.name");

        assertThrows(IllegalArgumentException.class, () -> schema.withExpensiveFields("nmae"));
        assertThrows(IllegalArgumentException.class, () -> schema.withDomainQualifiedField("svm"));
    }

    @Test
    void reserves_the_common_parameters_and_every_start_parameter() {
        CollectionSchema schema = CollectionSchema.keyedBy("id");

        for (String parameter : List.of("fields", "max_records", "return_records", "return_timeout", "order_by",
                "start.key", "start.uuid")) {
            assertTrue(schema.isReserved(parameter), parameter);
        }
        assertFalse(schema.isReserved("id"));
        assertFalse(schema.isReserved("start"));
    }

    @Test
    void leaves_a_schema_unchanged_when_deriving_another() {
        CollectionSchema base = CollectionSchema.keyedBy("id").withFields("a");
        CollectionSchema derived = base.withFields("b").withExpensiveFields("b");

        assertEquals(Set.of("id", "a"), base.fields());
        assertEquals(Set.of("id", "a", "b"), derived.fields());
        assertEquals(Set.of(), base.expensiveFields());
    }

    @Test
    void reads_an_expensive_prefix_as_every_field_below_it() {
        CollectionSchema schema = CollectionSchema.keyedBy("id").withFields("stats.read", "stats.write", "statsx")
                .withExpensiveFields("stats");

        assertTrue(schema.isExpensive("stats.read"));
        assertFalse(schema.isExpensive("statsx"));
    }
}

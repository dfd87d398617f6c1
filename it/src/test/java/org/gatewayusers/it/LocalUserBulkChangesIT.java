package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code PATCH} and {@code DELETE} on the local-users collection: the query picks the users, the answer counts them. */
class LocalUserBulkChangesIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void a_patch_with_a_query_changes_every_match_and_counts_them() {
        String svm = ontap.newSvmWithCifsServer("BULK1");
        for (String name : List.of("bulk_a", "bulk_b", "bulk_c", "solo")) {
            ontap.createUser(svm, name);
        }

        JsonObject reply = ontap.patch(LOCAL_USERS + "?svm.uuid=" + svm + "&name=bulk_*",
                Json.createObjectBuilder().add("description", "batch").add("account_disabled", true).build())
                .assertStatus(200).json();
        assertEquals(3, reply.getInt("num_records"));

        List<JsonObject> changed = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&description=batch"
                + "&account_disabled=true&fields=description");
        assertEquals(Set.of("bulk_a", "bulk_b", "bulk_c"), LocalUserQueriesIT.shortNames(changed));
        assertEquals(0, ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=solo&description=batch")
                .getInt("num_records"), "a user outside the query is left alone");
    }

    @Test
    void a_patch_with_alternatives_sets_the_membership_of_each_match() {
        String svm = ontap.newSvmWithCifsServer("BULK2");
        for (String name : List.of("x1", "x2", "y1")) {
            ontap.createUser(svm, name);
        }
        String group = ontap.createGroup(svm, "xs");

        JsonObject reply = ontap.patch(LOCAL_USERS + "?svm.uuid=" + svm + "&name=" + encode("x1|x2"),
                Json.createObjectBuilder().add("membership", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "xs"))).build()).assertStatus(200).json();
        assertEquals(2, reply.getInt("num_records"));

        List<String> members = ontap.records(groupPath(svm, group) + "/members").stream()
                .map(member -> member.getString("name")).sorted().toList();
        assertEquals(List.of("BULK2\\x1", "BULK2\\x2"), members);
    }

    @Test
    void a_patch_that_matches_nothing_counts_zero() {
        String svm = ontap.newSvmWithCifsServer("BULK3");
        JsonObject reply = ontap.patch(LOCAL_USERS + "?svm.uuid=" + svm + "&name=nobody*",
                Json.createObjectBuilder().add("description", "none").build()).assertStatus(200).json();
        assertEquals(0, reply.getInt("num_records"));
    }

    @Test
    void a_patch_that_fails_for_one_match_changes_none() {
        String svm = ontap.newSvmWithCifsServer("BULK4");
        ontap.createUser(svm, "ren_a");
        ontap.createUser(svm, "ren_b");

        // the second rename would give two users one name
        ontap.patch(LOCAL_USERS + "?svm.uuid=" + svm + "&name=ren_*",
                Json.createObjectBuilder().add("name", "renamed").build()).assertOntapError(409, "655732");

        assertEquals(Set.of("Administrator", "ren_a", "ren_b"),
                LocalUserQueriesIT.shortNames(ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name")));
    }

    @Test
    void a_delete_with_a_query_deletes_every_match_and_counts_them() {
        String svm = ontap.newSvmWithCifsServer("BULK5");
        for (String name : List.of("gone_1", "gone_2", "gone_3", "kept")) {
            ontap.createUser(svm, name);
        }
        String group = ontap.createGroup(svm, "mixed");
        ontap.post(groupPath(svm, group) + "/members", Json.createObjectBuilder().add("records", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "gone_1"))
                .add(Json.createObjectBuilder().add("name", "kept"))).build()).assertStatus(201);

        JsonObject reply = ontap.delete(LOCAL_USERS + "?svm.uuid=" + svm + "&name=gone_*").assertStatus(200).json();
        assertEquals(3, reply.getInt("num_records"));

        assertEquals(Set.of("Administrator", "kept"),
                LocalUserQueriesIT.shortNames(ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name")));
        List<String> members = ontap.records(groupPath(svm, group) + "/members").stream()
                .map(member -> member.getString("name")).toList();
        assertEquals(List.of("BULK5\\kept"), members, "deleted users leave their groups");
    }

    @Test
    void a_delete_that_matches_the_administrator_deletes_nothing() {
        String svm = ontap.newSvmWithCifsServer("BULK6");
        ontap.createUser(svm, "bystander");

        ontap.delete(LOCAL_USERS + "?svm.uuid=" + svm).assertOntapError(400, "655735");

        assertEquals(Set.of("Administrator", "bystander"),
                LocalUserQueriesIT.shortNames(ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name")));
    }

    @Test
    void a_delete_that_matches_nothing_counts_zero() {
        String svm = ontap.newSvmWithCifsServer("BULK7");
        JsonObject reply = ontap.delete(LOCAL_USERS + "?svm.uuid=" + svm + "&name=nobody").assertStatus(200).json();
        assertEquals(0, reply.getInt("num_records"));
    }

    @Test
    void a_bulk_request_with_a_bad_query_is_refused() {
        String svm = ontap.newSvmWithCifsServer("BULK8");
        ontap.createUser(svm, "safe");
        JsonObject error = ontap.delete(LOCAL_USERS + "?svm.uuid=" + svm + "&colour=red").assertOntapError(400, "2");
        assertEquals("colour", error.getString("target"));
        ontap.patch(LOCAL_USERS + "?svm.uuid=" + svm + "&colour=red", Json.createObjectBuilder().add("description", "x").build())
                .assertOntapError(400, "2");
        assertTrue(ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=safe").getInt("num_records") == 1);
    }
}

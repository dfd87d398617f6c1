package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET/POST/DELETE .../local-groups/{svm.uuid}/{sid}/members} and {@code GET/DELETE .../members/{name}}, and
 * the relation behind them: a group's members and a user's membership are two views of one thing.
 */
class GroupMembersIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void adds_lists_reads_and_removes_members_one_at_a_time_and_in_batches() {
        String svm = ontap.newSvmWithCifsServer("MEM1");
        for (String name : List.of("ann", "bob", "carl")) {
            ontap.createUser(svm, name);
        }
        String members = groupPath(svm, ontap.createGroup(svm, "team")) + "/members";

        JsonObject none = ontap.getJson(members);
        assertEquals(0, none.getInt("num_records"));

        Reply added = ontap.post(members, Json.createObjectBuilder().add("name", "ann").build()).assertStatus(201);
        assertEquals("{}", added.body().replace(" ", ""));
        ontap.post(members, batch("bob", "MEM1\\carl")).assertStatus(201);
        assertEquals(List.of("MEM1\\ann", "MEM1\\bob", "MEM1\\carl"), memberNames(members));
        assertEquals(3, ontap.getJson(members).getInt("num_records"));

        ontap.post(members, Json.createObjectBuilder().add("name", "MEM1\\ANN").build()).assertStatus(201);
        assertEquals(List.of("MEM1\\ann", "MEM1\\bob", "MEM1\\carl"), memberNames(members), "a member is there once");

        assertEquals("MEM1\\ann", ontap.getJson(members + "/" + encode("MEM1\\ann")).getString("name"));
        assertEquals("MEM1\\ann", ontap.getJson(members + "/MEM1%5Cann").getString("name"));
        assertEquals("MEM1\\ann", ontap.getJson(members + "/ann").getString("name"), "a short name names the member too");

        Reply removed = ontap.delete(members + "/MEM1%5Cann").assertStatus(200);
        assertEquals("{}", removed.body().replace(" ", ""));
        assertEquals(List.of("MEM1\\bob", "MEM1\\carl"), memberNames(members));

        Reply removedBatch = ontap.delete(members, batch("bob", "MEM1\\carl")).assertStatus(200);
        assertEquals("{}", removedBatch.body().replace(" ", ""));
        assertEquals(List.of(), memberNames(members));

        ontap.post(members, Json.createObjectBuilder().add("name", "carl").build()).assertStatus(201);
        ontap.delete(members, Json.createObjectBuilder().add("name", "carl").build()).assertStatus(200);
        assertEquals(List.of(), memberNames(members));
    }

    @Test
    void a_member_may_be_named_by_sid() {
        String svm = ontap.newSvmWithCifsServer("MEM2");
        String dan = ontap.createUser(svm, "dan");
        String members = groupPath(svm, ontap.createGroup(svm, "bysid")) + "/members";

        ontap.post(members, Json.createObjectBuilder().add("name", dan).build()).assertStatus(201);
        assertEquals(List.of("MEM2\\dan"), memberNames(members));
        assertEquals("MEM2\\dan", ontap.getJson(members + "/" + dan).getString("name"));
        ontap.delete(members + "/" + dan).assertStatus(200);
        assertEquals(List.of(), memberNames(members));
    }

    @Test
    void name_and_records_together_are_code_2() {
        String svm = ontap.newSvmWithCifsServer("MEM3");
        ontap.createUser(svm, "eve");
        ontap.createUser(svm, "fay");
        String members = groupPath(svm, ontap.createGroup(svm, "both")) + "/members";
        JsonObject both = Json.createObjectBuilder().add("name", "eve")
                .add("records", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "fay"))).build();

        ontap.post(members, both).assertOntapError(400, "2");
        assertEquals(List.of(), memberNames(members));

        ontap.post(members, batch("eve", "fay")).assertStatus(201);
        ontap.delete(members, both).assertOntapError(400, "2");
        assertEquals(List.of("MEM3\\eve", "MEM3\\fay"), memberNames(members));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"records\": []}"})
    void a_body_that_names_no_member_is_262278(String body) {
        String svm = ontap.newSvmWithCifsServer("MEM4");
        String members = groupPath(svm, ontap.createGroup(svm, "empty")) + "/members";
        ontap.post(members, body).assertOntapError(400, "262278");
        ontap.delete(members, body).assertOntapError(400, "262278");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"colour\": \"red\"}", "{\"name\": 42}", "{\"records\": [\"gus\"]}", "{\"records\": [{\"sid\": \"x\"}]}", "[1]"})
    void a_malformed_body_is_code_2(String body) {
        String svm = ontap.newSvmWithCifsServer("MEM5");
        ontap.createUser(svm, "gus");
        String members = groupPath(svm, ontap.createGroup(svm, "shape")) + "/members";
        ontap.post(members, body).assertOntapError(400, "2");
        assertEquals(List.of(), memberNames(members));
    }

    @Test
    void an_unknown_member_is_655673_and_a_batch_with_one_adds_nothing() {
        String svm = ontap.newSvmWithCifsServer("MEM6");
        ontap.createUser(svm, "hal");
        String members = groupPath(svm, ontap.createGroup(svm, "strict")) + "/members";

        ontap.post(members, Json.createObjectBuilder().add("name", "nobody").build()).assertOntapError(400, "655673");
        ontap.post(members, batch("hal", "nobody")).assertOntapError(400, "655673");
        ontap.post(members, Json.createObjectBuilder().add("name", "OTHER\\hal").build()).assertOntapError(400, "655673");
        ontap.post(members, Json.createObjectBuilder().add("name", "S-1-5-21-1-2-3-999999").build())
                .assertOntapError(400, "655673");
        assertEquals(List.of(), memberNames(members));
    }

    @Test
    void a_user_of_another_svm_cannot_be_a_member() {
        String svm = ontap.newSvmWithCifsServer("MEM7A");
        String other = ontap.newSvmWithCifsServer("MEM7B");
        String stranger = ontap.createUser(other, "ivy");
        String members = groupPath(svm, ontap.createGroup(svm, "locals")) + "/members";

        ontap.post(members, Json.createObjectBuilder().add("name", stranger).build()).assertOntapError(400, "655673");
        ontap.post(members, Json.createObjectBuilder().add("name", "ivy").build()).assertOntapError(400, "655673");
        assertEquals(List.of(), memberNames(members));
    }

    @Test
    void removing_a_non_member_is_655673_reading_one_is_404_and_a_batch_with_one_removes_nothing() {
        String svm = ontap.newSvmWithCifsServer("MEM8");
        ontap.createUser(svm, "jay");
        ontap.createUser(svm, "kim");
        String members = groupPath(svm, ontap.createGroup(svm, "partial")) + "/members";
        ontap.post(members, Json.createObjectBuilder().add("name", "jay").build()).assertStatus(201);

        ontap.delete(members + "/MEM8%5Ckim").assertOntapError(400, "655673");
        ontap.get(members + "/MEM8%5Ckim").assertOntapError(404, "4");
        ontap.get(members + "/nobody").assertOntapError(404, "4");
        ontap.delete(members, batch("jay", "kim")).assertOntapError(400, "655673");
        assertEquals(List.of("MEM8\\jay"), memberNames(members), "nothing was removed");
    }

    @Test
    void members_of_a_missing_group_are_404_code_4() {
        String svm = ontap.newSvmWithCifsServer("MEM9");
        ontap.createUser(svm, "lou");
        String members = groupPath(svm, "S-1-5-21-1-2-3-999999") + "/members";
        ontap.get(members).assertOntapError(404, "4");
        ontap.post(members, Json.createObjectBuilder().add("name", "lou").build()).assertOntapError(404, "4");
        ontap.delete(members, Json.createObjectBuilder().add("name", "lou").build()).assertOntapError(404, "4");
        ontap.get(members + "/lou").assertOntapError(404, "4");
        ontap.delete(members + "/lou").assertOntapError(404, "4");
    }

    @Test
    void a_builtin_group_takes_and_gives_up_members() {
        String svm = ontap.newSvmWithCifsServer("MEM10");
        ontap.createUser(svm, "max");
        String users = groupPath(svm, "S-1-5-32-545") + "/members";

        ontap.post(users, Json.createObjectBuilder().add("name", "max").build()).assertStatus(201);
        assertEquals(List.of("MEM10\\max"), memberNames(users));
        ontap.delete(users + "/max").assertStatus(200);
        assertEquals(List.of(), memberNames(users));
    }

    @Test
    void a_group_added_through_members_shows_in_the_users_membership_and_back() {
        String svm = ontap.newSvmWithCifsServer("MEM11");
        String ned = ontap.createUser(svm, "ned");
        String groupSid = ontap.createGroup(svm, "viewers");
        String members = groupPath(svm, groupSid) + "/members";

        ontap.post(members, Json.createObjectBuilder().add("name", "ned").build()).assertStatus(201);
        List<JsonObject> membership = ontap.getJson(userPath(svm, ned)).getJsonArray("membership")
                .getValuesAs(JsonObject.class);
        assertEquals(1, membership.size(), membership::toString);
        assertEquals("MEM11\\viewers", membership.get(0).getString("name"));
        assertEquals(groupSid, membership.get(0).getString("sid"));

        ontap.patch(userPath(svm, ned), Json.createObjectBuilder().add("membership", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "BUILTIN\\Power Users"))).build()).assertStatus(200);
        assertEquals(List.of(), memberNames(members), "leaving through the user's membership leaves the group");
        assertEquals(List.of("MEM11\\ned"), memberNames(groupPath(svm, "S-1-5-32-547") + "/members"));

        ontap.delete(userPath(svm, ned)).assertStatus(200);
        assertEquals(List.of(), memberNames(groupPath(svm, "S-1-5-32-547") + "/members"),
                "a deleted user leaves its groups");
    }

    @Test
    void a_renamed_user_keeps_its_groups_under_its_new_name() {
        String svm = ontap.newSvmWithCifsServer("MEM12");
        String oli = ontap.createUser(svm, "oli");
        String members = groupPath(svm, ontap.createGroup(svm, "renamers")) + "/members";
        ontap.post(members, Json.createObjectBuilder().add("name", "oli").build()).assertStatus(201);

        ontap.patch(userPath(svm, oli), Json.createObjectBuilder().add("name", "olivia").build()).assertStatus(200);
        assertEquals(List.of("MEM12\\olivia"), memberNames(members));
    }

    private static JsonObject batch(String... names) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (String name : names) {
            records.add(Json.createObjectBuilder().add("name", name));
        }
        return Json.createObjectBuilder().add("records", records).build();
    }

    private List<String> memberNames(String membersPath) {
        return ontap.records(membersPath).stream().map(member -> member.getString("name")).sorted().toList();
    }
}

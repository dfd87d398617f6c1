package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET}, {@code PATCH} and {@code DELETE /api/protocols/cifs/local-users/{svm.uuid}/{sid}}: rename within the
 * local domain, password through the complexity policy, enable and disable, texts, membership; the Administrator.
 */
class LocalUserChangesIT {

    private static final String MISSING_SID = "S-1-5-21-1-2-3-999999";

    private final OntapClient ontap = new OntapClient();

    @Test
    void reads_one_user_with_every_field() {
        String svm = ontap.newSvmWithCifsServer("CHG1");
        String sid = ontap.createUser(Json.createObjectBuilder().add("svm.uuid", svm).add("name", "alex")
                .add("password", OntapClient.PASSWORD).add("full_name", "Alex Ample").add("description", "d1").build());

        JsonObject alex = ontap.getJson(userPath(svm, sid));
        assertEquals("CHG1\\alex", alex.getString("name"));
        assertEquals(sid, alex.getString("sid"));
        assertEquals("Alex Ample", alex.getString("full_name"));
        assertEquals("d1", alex.getString("description"));
        assertFalse(alex.getBoolean("account_disabled"));
        assertEquals(svm, alex.getJsonObject("svm").getString("uuid"));
        assertEquals(0, alex.getJsonArray("membership").size());
        assertFalse(alex.containsKey("password"));
    }

    @Test
    void renames_a_user_in_its_local_domain_and_keeps_its_sid() {
        String svm = ontap.newSvmWithCifsServer("CHG2");
        String sid = ontap.createUser(svm, "before");

        Reply renamed = ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "after").build())
                .assertStatus(200);
        assertEquals("{}", renamed.body().replace(" ", ""), "a PATCH answers {}");
        assertEquals("CHG2\\after", ontap.getJson(userPath(svm, sid)).getString("name"));

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "chg2\\again").build()).assertStatus(200);
        assertEquals("CHG2\\again", ontap.getJson(userPath(svm, sid)).getString("name"));
        assertEquals(0, ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=before").getInt("num_records"));
    }

    @Test
    void a_rename_into_another_domain_is_655737() {
        String svm = ontap.newSvmWithCifsServer("CHG3");
        String sid = ontap.createUser(svm, "stay");
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "OTHER\\stay2").build())
                .assertOntapError(400, "655737");
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "BUILTIN\\stay2").build())
                .assertOntapError(400, "655737");
        assertEquals("CHG3\\stay", ontap.getJson(userPath(svm, sid)).getString("name"));
    }

    @Test
    void a_rename_onto_an_existing_name_in_any_case_is_409_655732() {
        String svm = ontap.newSvmWithCifsServer("CHG4");
        String sid = ontap.createUser(svm, "first");
        ontap.createUser(svm, "second");

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "second").build())
                .assertOntapError(409, "655732");
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "SECOND").build())
                .assertOntapError(409, "655732");
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "Administrator").build())
                .assertOntapError(409, "655732");
        assertEquals("CHG4\\first", ontap.getJson(userPath(svm, sid)).getString("name"));
    }

    @Test
    void a_rename_to_another_case_of_its_own_name_is_allowed() {
        String svm = ontap.newSvmWithCifsServer("CHG5");
        String sid = ontap.createUser(svm, "casey");
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("name", "Casey").build()).assertStatus(200);
        assertEquals("CHG5\\Casey", ontap.getJson(userPath(svm, sid)).getString("name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name of 21 characters     | {\"name\": \"abcdefghijklmnopqrstu\"}       | 400 | 655661",
            "name with a plus          | {\"name\": \"a+b\"}                         | 400 | 655668",
            "name ending with a period | {\"name\": \"abc.\"}                        | 400 | 655668",
            "blank name                | {\"name\": \"   \"}                         | 400 | 655682",
            "name of the cifs server   | {\"name\": \"chg6\"}                        | 400 | 655665",
            "password of 5 characters  | {\"password\": \"Ab1!x\"}                   | 400 | 655733",
            "password with the name    | {\"password\": \"xRENAMEE1!\"}              | 400 | 655733",
            "password of 2 categories  | {\"password\": \"abcdefgh12\"}              | 400 | 655733",
            "full name of 257          | {\"full_name\": \"FULL257\"}                | 400 | 655661",
            "unknown field             | {\"colour\": \"red\"}                       | 400 | 2",
            "disabled of a wrong type  | {\"account_disabled\": \"yes\"}             | 400 | 2",
            "membership not an array   | {\"membership\": \"staff\"}                 | 400 | 2",
            "another svm               | {\"svm\": {\"name\": \"svm1\"}}             | 400 | 2",
            "malformed json            | {\"name\":                                  | 400 | 2",
    })
    void refuses_a_bad_change_with_the_vendor_code(String why, String body, int status, String code) {
        String svm = ontap.newSvmWithCifsServer("CHG6");
        String sid = ontap.createUser(svm, "renamee");
        ontap.patch(userPath(svm, sid), body.replace("FULL257", "x".repeat(257))).assertOntapError(status, code);

        JsonObject unchanged = ontap.getJson(userPath(svm, sid));
        assertEquals("CHG6\\renamee", unchanged.getString("name"));
        assertEquals("", unchanged.getString("full_name"), unchanged::toString);
    }

    @Test
    void sets_a_password_that_meets_the_complexity_policy() {
        String svm = ontap.newSvmWithCifsServer("CHG7");
        String sid = ontap.createUser(svm, "pwuser");
        assertEquals("{}", ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("password", "N3w!Passw0rd").build())
                .assertStatus(200).body().replace(" ", ""));
        assertFalse(ontap.get(userPath(svm, sid)).body().contains("N3w!Passw0rd"), "a password is never returned");
    }

    @Test
    void disables_enables_and_changes_texts_each_field_on_its_own() {
        String svm = ontap.newSvmWithCifsServer("CHG8");
        String sid = ontap.createUser(Json.createObjectBuilder().add("svm.uuid", svm).add("name", "texts")
                .add("password", OntapClient.PASSWORD).add("full_name", "Tex Tual").add("description", "old").build());

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("account_disabled", true).build()).assertStatus(200);
        JsonObject disabled = ontap.getJson(userPath(svm, sid));
        assertTrue(disabled.getBoolean("account_disabled"));
        assertEquals("Tex Tual", disabled.getString("full_name"), "a PATCH leaves the fields it does not name");
        assertEquals("old", disabled.getString("description"));

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("description", "new").build()).assertStatus(200);
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("full_name", "Tex Changed").build()).assertStatus(200);
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("account_disabled", false).build()).assertStatus(200);

        JsonObject changed = ontap.getJson(userPath(svm, sid));
        assertFalse(changed.getBoolean("account_disabled"));
        assertEquals("new", changed.getString("description"));
        assertEquals("Tex Changed", changed.getString("full_name"));
        assertEquals("CHG8\\texts", changed.getString("name"));
    }

    @Test
    void returns_the_changed_record_when_asked_to() {
        String svm = ontap.newSvmWithCifsServer("CHG9");
        String sid = ontap.createUser(svm, "returned");

        JsonObject reply = ontap.patch(userPath(svm, sid) + "?return_records=true&return_timeout=30",
                Json.createObjectBuilder().add("full_name", "Re Turned").add("account_disabled", true).build())
                .assertStatus(200).json();

        assertEquals(1, reply.getInt("num_records"));
        JsonObject record = reply.getJsonArray("records").getJsonObject(0);
        assertEquals(sid, record.getString("sid"));
        assertEquals("CHG9\\returned", record.getString("name"));
        assertEquals("Re Turned", record.getString("full_name"));
        assertTrue(record.getBoolean("account_disabled"));
        assertEquals(svm, record.getJsonObject("svm").getString("uuid"));
    }

    @Test
    void a_patch_may_repeat_the_svm_of_its_path() {
        String svm = ontap.newSvmWithCifsServer("CHG10");
        String sid = ontap.createUser(svm, "same");
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("svm.uuid", svm).add("description", "x").build())
                .assertStatus(200);
        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("uuid", svm))
                .add("description", "y").build()).assertStatus(200);
        assertEquals("y", ontap.getJson(userPath(svm, sid)).getString("description"));
    }

    @Test
    void replaces_the_membership_by_group_name_or_sid() {
        String svm = ontap.newSvmWithCifsServer("CHG11");
        String sid = ontap.createUser(svm, "joiner");
        String red = ontap.createGroup(svm, "red");
        String blue = ontap.createGroup(svm, "blue");

        ontap.patch(userPath(svm, sid), membership("red", null)).assertStatus(200);
        assertEquals(List.of("CHG11\\red"), membershipNames(svm, sid));

        ontap.patch(userPath(svm, sid), membership(null, blue, "BUILTIN\\Users")).assertStatus(200);
        assertEquals(List.of("BUILTIN\\Users", "CHG11\\blue"), sorted(membershipNames(svm, sid)),
                "the membership is replaced, not added to");
        JsonObject blueEntry = ontap.getJson(userPath(svm, sid)).getJsonArray("membership").getValuesAs(JsonObject.class)
                .stream().filter(group -> group.getString("name").equals("CHG11\\blue")).findFirst().orElseThrow();
        assertEquals(blue, blueEntry.getString("sid"));

        assertEquals(List.of(), memberNames(svm, red), "the group's members are the other view of one relation");
        assertEquals(List.of("CHG11\\joiner"), memberNames(svm, blue));
        assertEquals(List.of("CHG11\\joiner"), memberNames(svm, "S-1-5-32-545"));

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("membership", Json.createArrayBuilder()).build())
                .assertStatus(200);
        assertEquals(List.of(), membershipNames(svm, sid), "an empty membership leaves every group");
        assertEquals(List.of(), memberNames(svm, blue));
    }

    @Test
    void a_patch_without_membership_keeps_it() {
        String svm = ontap.newSvmWithCifsServer("CHG12");
        String sid = ontap.createUser(svm, "keeper");
        ontap.createGroup(svm, "kept");
        ontap.patch(userPath(svm, sid), membership("CHG12\\kept", null)).assertStatus(200);

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("full_name", "Kee Per").build()).assertStatus(200);
        assertEquals(List.of("CHG12\\kept"), membershipNames(svm, sid));
    }

    @Test
    void deletes_a_user_and_its_place_in_every_group() {
        String svm = ontap.newSvmWithCifsServer("CHG13");
        String sid = ontap.createUser(svm, "leaver");
        String group = ontap.createGroup(svm, "left");
        ontap.patch(userPath(svm, sid), membership("left", null, "BUILTIN\\Guests")).assertStatus(200);

        Reply deleted = ontap.delete(userPath(svm, sid)).assertStatus(200);
        assertEquals("{}", deleted.body().replace(" ", ""));

        ontap.get(userPath(svm, sid)).assertOntapError(404, "4");
        assertEquals(List.of(), memberNames(svm, group));
        assertEquals(List.of(), memberNames(svm, "S-1-5-32-546"));
        assertEquals(0, ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=leaver").getInt("num_records"));
        ontap.delete(userPath(svm, sid)).assertOntapError(404, "4");
    }

    @Test
    void a_deleted_name_can_be_created_again_with_a_new_sid() {
        String svm = ontap.newSvmWithCifsServer("CHG14");
        String sid = ontap.createUser(svm, "again");
        ontap.delete(userPath(svm, sid)).assertStatus(200);
        String second = ontap.createUser(svm, "again");
        assertFalse(second.equals(sid), "a SID is never reused");
    }

    @Test
    void a_missing_user_is_404_code_4_for_get_patch_and_delete() {
        String svm = ontap.newSvmWithCifsServer("CHG15");
        JsonObject error = ontap.get(userPath(svm, MISSING_SID)).assertOntapError(404, "4");
        assertEquals("entry doesn't exist", error.getString("message"));
        ontap.patch(userPath(svm, MISSING_SID), Json.createObjectBuilder().add("full_name", "x").build())
                .assertOntapError(404, "4");
        ontap.delete(userPath(svm, MISSING_SID)).assertOntapError(404, "4");
        ontap.get(userPath("00000000-0000-0000-0000-000000000000", MISSING_SID)).assertOntapError(404, "4");
        ontap.get(userPath(svm, "not-a-sid")).assertOntapError(404, "4");
    }

    @Test
    void a_user_of_another_svm_is_not_found_under_this_one() {
        String one = ontap.newSvmWithCifsServer("CHG16A");
        String other = ontap.newSvmWithCifsServer("CHG16B");
        String sid = ontap.createUser(one, "mine");
        ontap.get(userPath(other, sid)).assertOntapError(404, "4");
        ontap.delete(userPath(other, sid)).assertOntapError(404, "4");
        ontap.get(userPath(one, sid)).assertStatus(200);
    }

    @Test
    void the_administrator_cannot_be_deleted_but_can_be_enabled_and_given_a_password() {
        String svm = ontap.newSvmWithCifsServer("CHG17");
        JsonObject administrator = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&sid=" + OntapClient.encode("*-500")
                + "&fields=account_disabled").get(0);
        String sid = administrator.getString("sid");
        assertEquals("CHG17\\Administrator", administrator.getString("name"));

        ontap.delete(userPath(svm, sid)).assertOntapError(400, "655735");
        ontap.get(userPath(svm, sid)).assertStatus(200);

        ontap.patch(userPath(svm, sid), Json.createObjectBuilder().add("account_disabled", false)
                .add("password", "Adm1n!strong").build()).assertStatus(200);
        assertFalse(ontap.getJson(userPath(svm, sid)).getBoolean("account_disabled"));
    }

    private static JsonObject membership(String byName, String bySid, String... moreNames) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        if (byName != null) {
            groups.add(Json.createObjectBuilder().add("name", byName));
        }
        if (bySid != null) {
            groups.add(Json.createObjectBuilder().add("sid", bySid));
        }
        for (String name : moreNames) {
            groups.add(Json.createObjectBuilder().add("name", name));
        }
        return Json.createObjectBuilder().add("membership", groups).build();
    }

    private List<String> membershipNames(String svm, String userSid) {
        return ontap.getJson(userPath(svm, userSid)).getJsonArray("membership").getValuesAs(JsonObject.class).stream()
                .map(group -> group.getString("name")).toList();
    }

    private List<String> memberNames(String svm, String groupSid) {
        return ontap.records(groupPath(svm, groupSid) + "/members").stream().map(member -> member.getString("name")).toList();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}

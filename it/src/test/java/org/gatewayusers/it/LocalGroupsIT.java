package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.SVMS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST/GET /api/protocols/cifs/local-groups} and {@code GET/PATCH/DELETE .../{svm.uuid}/{sid}}: every create
 * error code of the family page, renames within the local domain, and the fixed BUILTIN groups.
 */
class LocalGroupsIT {

    private static final String MISSING_SID = "S-1-5-21-1-2-3-999999";

    private final OntapClient ontap = new OntapClient();

    @Test
    void creates_a_group_that_a_second_request_reads_back_with_its_qualified_name() {
        String svm = ontap.newSvmWithCifsServer("GRP1");

        Reply created = ontap.post(LOCAL_GROUPS + "?return_timeout=30", Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("uuid", svm)).add("name", "engineers")
                .add("description", "all of them").build()).assertStatus(201);
        assertEquals("{}", created.body().replace(" ", ""));
        URI location = URI.create(created.header("Location").orElseThrow());
        assertTrue(location.getPath().startsWith(LOCAL_GROUPS + "/" + svm + "/S-1-5-21-"), location::toString);

        JsonObject group = ontap.get(location).assertStatus(200).json();
        assertEquals("GRP1\\engineers", group.getString("name"));
        assertEquals("all of them", group.getString("description"));
        assertTrue(location.getPath().endsWith("/" + group.getString("sid")));
        assertEquals(svm, group.getJsonObject("svm").getString("uuid"));
        assertEquals(0, group.getJsonArray("members").size());
    }

    @Test
    void returns_the_created_group_with_its_members_when_asked_to() {
        String svm = ontap.newSvmWithCifsServer("GRP2");
        String svmName = ontap.svmName(svm);
        ontap.createUser(svm, "mia");
        ontap.createUser(svm, "noah");

        JsonObject reply = ontap.post(LOCAL_GROUPS + "?return_records=true", Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("name", svmName)).add("name", "grp2\\team")
                .add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "mia"))
                        .add(Json.createObjectBuilder().add("name", "GRP2\\noah")))
                .build()).assertStatus(201).json();

        assertEquals(1, reply.getInt("num_records"));
        JsonObject group = reply.getJsonArray("records").getJsonObject(0);
        assertEquals("GRP2\\team", group.getString("name"));
        assertTrue(group.getString("sid").matches("S-1-5-21-\\d+-\\d+-\\d+-\\d+"), group::toString);
        assertEquals(List.of("GRP2\\mia", "GRP2\\noah"), group.getJsonArray("members").getValuesAs(JsonObject.class)
                .stream().map(member -> member.getString("name")).sorted().toList());
    }

    @Test
    void accepts_the_flat_svm_keys() {
        String svm = ontap.newSvmWithCifsServer("GRP3");
        String svmName = ontap.svmName(svm);
        ontap.post(LOCAL_GROUPS, "{\"svm.uuid\": \"" + svm + "\", \"name\": \"flat_uuid\"}").assertStatus(201);
        ontap.post(LOCAL_GROUPS, "{\"svm.name\": \"" + svmName + "\", \"name\": \"flat_name\"}").assertStatus(201);
        assertEquals(2, ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=" + encode("flat_*"))
                .getInt("num_records"));
    }

    @Test
    void lists_the_groups_of_an_svm_with_filters_and_fields() {
        String svm = ontap.newSvmWithCifsServer("GRP4");
        ontap.createGroup(svm, "alpha");
        ontap.createGroup(svm, "beta");

        List<String> local = ontap.records(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=" + encode("GRP4\\*")
                + "&fields=name").stream().map(group -> group.getString("name")).sorted().toList();
        assertEquals(List.of("GRP4\\alpha", "GRP4\\beta"), local);

        List<JsonObject> all = ontap.records(LOCAL_GROUPS + "?svm.uuid=" + svm + "&fields=name");
        assertEquals(7, all.size(), "five BUILTIN groups and two of the local domain: " + all);
        all.forEach(group -> assertTrue(group.containsKey("sid") && group.containsKey("svm"), group::toString));

        List<String> either = ontap.records(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=" + encode("GRP4\\alpha|BUILTIN\\Users")
                + "&fields=name").stream().map(group -> group.getString("name")).sorted().toList();
        assertEquals(List.of("BUILTIN\\Users", "GRP4\\alpha"), either);

        ontap.get(LOCAL_GROUPS + "?svm.uuid=" + svm + "&fields=colour").assertOntapError(400, "262197");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing name            | {\"svm\": {\"uuid\": \"SVM\"}}                                   | 400 | 262278",
            "name of 257 characters  | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"LONG257\"}            | 400 | 655661",
            "name with a plus        | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"a+b\"}                | 400 | 655668",
            "name with an at sign    | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"a@b\"}                | 400 | 655668",
            "name with a star        | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"a*b\"}                | 400 | 655668",
            "foreign local domain    | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"OTHER\\\\g\"}         | 400 | 655675",
            "builtin domain          | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"BUILTIN\\\\g\"}       | 400 | 655677",
            "builtin in lower case   | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"builtin\\\\g\"}       | 400 | 655677",
            "a builtin group         | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"BUILTIN\\\\Users\"}   | 400 | 655677",
            "blank name              | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"   \"}                | 400 | 655682",
            "empty name              | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"\"}                   | 400 | 655682",
            "unknown member          | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"g1\", \"members\": [{\"name\": \"nobody\"}]} | 400 | 655673",
            "unknown field           | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": \"g1\", \"colour\": \"red\"} | 400 | 2",
            "name of a wrong type    | {\"svm\": {\"uuid\": \"SVM\"}, \"name\": 42}                     | 400 | 2",
            "malformed json          | {\"svm\": {\"uuid\": \"SVM\"},                                   | 400 | 2",
    })
    void refuses_a_bad_group_with_the_vendor_code(String why, String body, int status, String code) {
        String svm = ontap.newSvmWithCifsServer("GRP5");
        ontap.post(LOCAL_GROUPS, body.replace("SVM", svm).replace("LONG257", "g".repeat(257)))
                .assertOntapError(status, code);
        assertEquals(5, ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + svm).getInt("num_records"), "only the BUILTIN groups");
    }

    @Test
    void a_name_of_256_characters_is_accepted() {
        String svm = ontap.newSvmWithCifsServer("GRP6");
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder().add("svm.uuid", svm).add("name", "g".repeat(256)).build())
                .assertStatus(201);
    }

    @Test
    void refuses_a_group_on_an_svm_without_cifs_server_with_655399() {
        String svm = uniqueName("bare_");
        ontap.post(SVMS, Json.createObjectBuilder().add("name", svm).build()).assertStatus(201);
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", svm))
                .add("name", "g1").build()).assertOntapError(400, "655399");
    }

    @Test
    void refuses_a_group_on_the_admin_svm_with_655660() {
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", "cluster1"))
                .add("name", "g1").build()).assertOntapError(400, "655660");
    }

    @Test
    void refuses_an_svm_whose_uuid_and_name_disagree_with_2621706() {
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("uuid", DEMO_SVM_UUID).add("name", "cluster1"))
                .add("name", "g1").build()).assertOntapError(400, "2621706");
    }

    @Test
    void refuses_a_missing_svm() {
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder().add("name", "g1").build()).assertOntapError(400, "262278");
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", "no_such_svm"))
                .add("name", "g1").build()).assertOntapError(404, "2621462");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dupes", "DUPES", "Dupes", "GRP7\\dupes", "grp7\\DUPES"})
    void refuses_an_existing_name_in_any_case_with_409_655717(String again) {
        String svm = ontap.newSvmWithCifsServer("GRP7");
        ontap.createGroup(svm, "dupes");
        ontap.post(LOCAL_GROUPS, Json.createObjectBuilder().add("svm.uuid", svm).add("name", again).build())
                .assertOntapError(409, "655717");
    }

    @Test
    void one_name_may_be_used_on_two_svms() {
        String one = ontap.newSvmWithCifsServer("GRP8");
        String other = ontap.newSvmWithCifsServer("GRP8");
        ontap.createGroup(one, "shared");
        ontap.createGroup(other, "shared");
    }

    @Test
    void renames_a_group_in_its_local_domain_and_changes_its_description() {
        String svm = ontap.newSvmWithCifsServer("GRP9");
        String sid = ontap.createGroup(svm, "oldname");

        Reply renamed = ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("name", "newname").build())
                .assertStatus(200);
        assertEquals("{}", renamed.body().replace(" ", ""));
        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("description", "described").build()).assertStatus(200);

        JsonObject group = ontap.getJson(groupPath(svm, sid));
        assertEquals("GRP9\\newname", group.getString("name"));
        assertEquals("described", group.getString("description"));
        assertEquals(sid, group.getString("sid"));

        JsonObject reply = ontap.patch(groupPath(svm, sid) + "?return_records=true",
                Json.createObjectBuilder().add("name", "GRP9\\third").build()).assertStatus(200).json();
        assertEquals("GRP9\\third", reply.getJsonArray("records").getJsonObject(0).getString("name"));
    }

    @Test
    void a_group_rename_onto_another_domain_or_an_existing_name_is_refused() {
        String svm = ontap.newSvmWithCifsServer("GRP10");
        String sid = ontap.createGroup(svm, "one");
        ontap.createGroup(svm, "two");

        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("name", "OTHER\\one").build())
                .assertOntapError(400, "655737");
        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("name", "TWO").build())
                .assertOntapError(409, "655717");
        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("name", "a+b").build())
                .assertOntapError(400, "655668");
        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("name", " ").build())
                .assertOntapError(400, "655682");
        assertEquals("GRP10\\one", ontap.getJson(groupPath(svm, sid)).getString("name"));
    }

    @Test
    void a_group_patch_does_not_take_members_nor_another_svm() {
        String svm = ontap.newSvmWithCifsServer("GRP11");
        ontap.createUser(svm, "someone");
        String sid = ontap.createGroup(svm, "fixed");
        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("members", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "someone"))).build()).assertOntapError(400, "2");
        ontap.patch(groupPath(svm, sid), Json.createObjectBuilder().add("svm.uuid", DEMO_SVM_UUID).build())
                .assertOntapError(400, "2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S-1-5-32-544", "S-1-5-32-545", "S-1-5-32-546", "S-1-5-32-547", "S-1-5-32-551"})
    void a_builtin_group_cannot_be_renamed_or_deleted(String builtinSid) {
        String svm = ontap.newSvmWithCifsServer("GRP12");
        String before = ontap.getJson(groupPath(svm, builtinSid)).getString("name");

        ontap.patch(groupPath(svm, builtinSid), Json.createObjectBuilder().add("name", "renamed").build())
                .assertOntapError(400, "655677");
        ontap.delete(groupPath(svm, builtinSid)).assertOntapError(400, "655677");

        assertEquals(before, ontap.getJson(groupPath(svm, builtinSid)).getString("name"));
    }

    @Test
    void deletes_a_group_and_its_members_stay_users() {
        String svm = ontap.newSvmWithCifsServer("GRP13");
        String user = ontap.createUser(svm, "survivor");
        String sid = ontap.createGroup(svm, "doomed");
        ontap.post(groupPath(svm, sid) + "/members", Json.createObjectBuilder().add("name", "survivor").build())
                .assertStatus(201);

        Reply deleted = ontap.delete(groupPath(svm, sid)).assertStatus(200);
        assertEquals("{}", deleted.body().replace(" ", ""));

        ontap.get(groupPath(svm, sid)).assertOntapError(404, "4");
        ontap.get(groupPath(svm, sid) + "/members").assertOntapError(404, "4");
        JsonObject survivor = ontap.getJson(userPath(svm, user));
        assertEquals(0, survivor.getJsonArray("membership").size(), survivor::toString);
        ontap.delete(groupPath(svm, sid)).assertOntapError(404, "4");
        ontap.createGroup(svm, "doomed");
    }

    @Test
    void a_missing_group_is_404_code_4() {
        String svm = ontap.newSvmWithCifsServer("GRP14");
        String user = ontap.createUser(svm, "notagroup");
        ontap.get(groupPath(svm, MISSING_SID)).assertOntapError(404, "4");
        ontap.patch(groupPath(svm, MISSING_SID), Json.createObjectBuilder().add("description", "x").build())
                .assertOntapError(404, "4");
        ontap.delete(groupPath(svm, MISSING_SID)).assertOntapError(404, "4");
        ontap.get(groupPath(svm, user)).assertOntapError(404, "4");
        ontap.get(groupPath("00000000-0000-0000-0000-000000000000", "S-1-5-32-544")).assertOntapError(404, "4");
        ontap.get(groupPath(svm, MISSING_SID) + "/members").assertOntapError(404, "4");
    }
}

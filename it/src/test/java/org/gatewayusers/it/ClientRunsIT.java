package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.SVMS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The request sequences of the real clients, step by step: Ansible's {@code na_ontap_cifs_local_user} (look up,
 * create with the flat {@code "svm.uuid"}, change only what differs, find nothing to change on a second run, delete)
 * and Terraform's {@code netapp-ontap_protocols_cifs_local_user} ({@code return_records=true}, {@code sid} read back).
 */
class ClientRunsIT {

    private static final String LOOKUP_FIELDS = "account_disabled,description,full_name,name,sid";

    private final OntapClient ontap = new OntapClient();

    /** What a playbook task declares. */
    private record Desired(String svm, String name, String password, String fullName, String description,
            boolean accountDisabled) {
    }

    @Test
    void an_ansible_playbook_creates_changes_finds_nothing_to_change_and_deletes() {
        String svmUuid = ontap.newSvmWithCifsServer("ANSIBLE1");
        String svm = ontap.svmName(svmUuid);

        // run 1: the user does not exist
        Desired first = new Desired(svm, "ansi", "Secr3t!pw", "Ann Sible", "made by a playbook", false);
        String uuid = svmUuidOf(first.svm());
        assertEquals(svmUuid, uuid);
        assertTrue(lookUp(uuid, first.name()).isEmpty(), "no record before the create");

        String body = "{\"svm.uuid\": \"" + uuid + "\", \"name\": \"" + first.name() + "\", \"password\": \""
                + first.password() + "\", \"full_name\": \"" + first.fullName() + "\", \"description\": \""
                + first.description() + "\", \"account_disabled\": false}";
        Reply created = ontap.post(LOCAL_USERS + "?return_timeout=30", body).assertStatus(201);
        assertEquals("{}", created.body().replace(" ", ""));

        JsonObject found = lookUp(uuid, first.name()).orElseThrow();
        assertTrue(found.getString("name").contains("\\"), "the returned name holds the domain");
        assertEquals("ANSIBLE1\\" + first.name(), found.getString("name"));
        String sid = found.getString("sid");
        assertFalse(changed(found, first), "right after the create the record is as declared");

        // run 2: the playbook now declares another full name; only that field is sent
        Desired second = new Desired(svm, "ansi", "Secr3t!pw", "Ann Sible-Changed", "made by a playbook", false);
        JsonObject before = lookUp(svmUuidOf(second.svm()), second.name()).orElseThrow();
        assertTrue(changed(before, second));
        assertEquals(sid, before.getString("sid"));
        JsonObject patched = ontap.patch(userPath(uuid, sid) + "?return_records=true",
                Json.createObjectBuilder().add("full_name", second.fullName()).build()).assertStatus(200).json();
        JsonObject record = patched.getJsonArray("records").getJsonObject(0);
        assertEquals(second.fullName(), record.getString("full_name"));
        assertEquals(sid, record.getString("sid"));

        // run 3: the same playbook again; the record already matches, so the client reports no change
        assertEquals(200, ontap.get("/api/cluster?fields=version").status());
        JsonObject again = lookUp(svmUuidOf(second.svm()), second.name()).orElseThrow();
        assertFalse(changed(again, second), () -> "a second identical run finds nothing to change: " + again);
        assertEquals(sid, again.getString("sid"));
        assertEquals(lookUpFields(before, "description", "account_disabled", "name", "sid"),
                lookUpFields(again, "description", "account_disabled", "name", "sid"),
                "what the change did not name is as it was");

        // run 4: state absent
        JsonObject toDelete = lookUp(uuid, "ansi").orElseThrow();
        Reply deleted = ontap.delete(userPath(uuid, toDelete.getString("sid"))).assertStatus(200);
        assertEquals("{}", deleted.body().replace(" ", ""));
        assertTrue(lookUp(uuid, "ansi").isEmpty(), "no record after the delete");

        // run 5: state absent again, nothing to do
        assertTrue(lookUp(svmUuidOf(svm), "ansi").isEmpty());
    }

    @Test
    void a_terraform_apply_reads_records_zero_and_the_sid_it_did_not_ask_for() {
        String svmUuid = ontap.newSvmWithCifsServer("TFORM1");
        String svm = ontap.svmName(svmUuid);

        JsonObject created = ontap.post(LOCAL_USERS + "?return_records=true", Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("name", svm)).add("name", "terra")
                .add("password", "Secr3t!pw").add("full_name", "Terra Form").add("account_disabled", false).build())
                .assertStatus(201).json();
        JsonObject record = created.getJsonArray("records").getJsonObject(0);
        String sid = record.getString("sid");
        assertEquals("TFORM1\\terra", record.getString("name"));
        assertEquals(svmUuid, record.getJsonObject("svm").getString("uuid"));

        // refresh: Terraform lists fields without sid and still reads it
        JsonObject refreshed = ontap.getJson(userPath(svmUuid, sid) + "?fields=" + encode("name,full_name,account_disabled"));
        assertEquals(sid, refreshed.getString("sid"));
        assertEquals("Terra Form", refreshed.getString("full_name"));
        assertFalse(refreshed.getBoolean("account_disabled"));

        List<JsonObject> listed = ontap.records(LOCAL_USERS + "?svm.name=" + svm + "&name=terra&fields="
                + encode("name,full_name,description,account_disabled"));
        assertEquals(1, listed.size());
        assertEquals(sid, listed.get(0).getString("sid"));

        // update: account_disabled is always sent, return_records=true
        JsonObject patched = ontap.patch(userPath(svmUuid, sid) + "?return_records=true", Json.createObjectBuilder()
                .add("account_disabled", true).add("description", "by terraform").build()).assertStatus(200).json();
        assertEquals(1, patched.getInt("num_records"));
        JsonObject changed = patched.getJsonArray("records").getJsonObject(0);
        assertTrue(changed.getBoolean("account_disabled"));
        assertEquals("by terraform", changed.getString("description"));
        assertEquals("Terra Form", changed.getString("full_name"));
        assertEquals(sid, changed.getString("sid"));

        // a plan with nothing changed sends the same PATCH again: the record stays as it is
        JsonObject same = ontap.patch(userPath(svmUuid, sid) + "?return_records=true", Json.createObjectBuilder()
                .add("account_disabled", true).add("description", "by terraform").build()).assertStatus(200).json()
                .getJsonArray("records").getJsonObject(0);
        assertEquals(changed.getString("description"), same.getString("description"));
        assertEquals(changed.getBoolean("account_disabled"), same.getBoolean("account_disabled"));

        // destroy
        ontap.delete(userPath(svmUuid, sid)).assertStatus(200);
        ontap.get(userPath(svmUuid, sid)).assertOntapError(404, "4");
    }

    @Test
    void a_create_that_already_happened_is_refused_with_409_so_a_client_looks_up_first() {
        String svmUuid = ontap.newSvmWithCifsServer("ANSIBLE2");
        String body = "{\"svm.uuid\": \"" + svmUuid + "\", \"name\": \"twice\", \"password\": \"Secr3t!pw\"}";
        ontap.post(LOCAL_USERS + "?return_timeout=30", body).assertStatus(201);
        ontap.post(LOCAL_USERS + "?return_timeout=30", body).assertOntapError(409, "655736");
        assertTrue(lookUp(svmUuid, "twice").isPresent());
    }

    /** Ansible's first two calls: the cluster version, then the SVM's UUID by its name. */
    private String svmUuidOf(String svmName) {
        JsonObject version = ontap.getJson("/api/cluster?fields=version").getJsonObject("version");
        assertTrue(version.getInt("generation") > 9 || (version.getInt("generation") == 9
                && (version.getInt("major") > 10 || (version.getInt("major") == 10 && version.getInt("minor") >= 1))),
                "Ansible needs ONTAP 9.10.1 or later: " + version);
        List<JsonObject> svms = ontap.records(SVMS + "?name=" + svmName + "&fields=uuid");
        assertEquals(1, svms.size(), svms::toString);
        return svms.get(0).getString("uuid");
    }

    /** Ansible's look-up: by the SVM's UUID and the short name, with the fields it compares. */
    private Optional<JsonObject> lookUp(String svmUuid, String shortName) {
        JsonObject body = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svmUuid + "&name=" + shortName
                + "&fields=" + encode(LOOKUP_FIELDS));
        int count = body.getInt("num_records");
        assertTrue(count <= 1, "a short name finds one record at most: " + body);
        if (count == 0) {
            assertTrue(!body.containsKey("records") || body.getJsonArray("records").isEmpty(), body::toString);
            return Optional.empty();
        }
        JsonObject record = body.getJsonArray("records").getJsonObject(0);
        for (String field : List.of("account_disabled", "name", "sid")) {
            assertTrue(record.containsKey(field), () -> field + " in " + record);
        }
        return Optional.of(record);
    }

    /** Whether a module would change anything: it compares the declared fields with the record. */
    private static boolean changed(JsonObject record, Desired desired) {
        return !desired.fullName().equals(record.getString("full_name", null))
                || !desired.description().equals(record.getString("description", null))
                || desired.accountDisabled() != record.getBoolean("account_disabled");
    }

    private static JsonObject lookUpFields(JsonObject record, String... fields) {
        var kept = Json.createObjectBuilder();
        for (String field : fields) {
            kept.add(field, record.get(field));
        }
        return kept.build();
    }
}

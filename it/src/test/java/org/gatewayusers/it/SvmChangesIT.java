package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.SVMS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code PATCH /api/svm/svms/{uuid}} and the SVM's {@code comment}, as ONTAP's "Update SVM properties" page and
 * Ansible's {@code na_ontap_svm} use them: the comment and the name are held and changed; the settings this service
 * runs every SVM with (language, state, IPspace, Snapshot policy, no aggregates, unlimited volumes, only CIFS) are
 * accepted as they are and refused as a change, never answered with a success that changes nothing.
 */
class SvmChangesIT {

    private final OntapClient ontap = new OntapClient();

    private String newSvm(String name, String comment) {
        var body = Json.createObjectBuilder().add("name", name);
        if (comment != null) {
            body.add("comment", comment);
        }
        return ontap.post(SVMS + "?return_records=true", body.build()).assertStatus(201)
                .json().getJsonArray("records").getJsonObject(0).getString("uuid");
    }

    private JsonObject read(String uuid, String fields) {
        return ontap.getJson(SVMS + "/" + uuid + "?fields=" + fields);
    }

    @Test
    void a_comment_given_on_create_is_returned_where_fields_name_it() {
        String name = uniqueName("svm_c");
        String uuid = newSvm(name, "Branch office users");
        assertEquals("Branch office users", read(uuid, "comment").getString("comment"));
        assertEquals("Branch office users", read(uuid, "*").getString("comment"));
        List<JsonObject> listed = ontap.records(SVMS + "?name=" + name + "&fields=comment");
        assertEquals("Branch office users", listed.get(0).getString("comment"));
        assertEquals(1, ontap.records(SVMS + "?comment=Branch*&name=" + name).size(), "comment filters");
        assertEquals("Branch office users", ontap.getJson(SVMS + "/" + uuid).getString("comment"),
                "a record read by its UUID carries its fields (Terraform's GetSvm reads it so)");
        assertFalse(ontap.records(SVMS + "?name=" + name).get(0).containsKey("comment"), "a collection's default is its key");
    }

    @Test
    void an_svm_without_a_comment_answers_an_empty_comment_when_asked_so_that_clients_can_set_one() {
        String uuid = newSvm(uniqueName("svm_n"), null);
        assertEquals("", read(uuid, "comment").getString("comment"));
        assertEquals("", read(uuid, "*").getString("comment"));

        ontap.patch(SVMS + "/" + uuid + "?return_timeout=30", "{\"comment\": \"Set later\"}").assertStatus(200);
        assertEquals("Set later", read(uuid, "comment").getString("comment"));

        ontap.patch(SVMS + "/" + uuid, "{\"comment\": \"\"}").assertStatus(200);
        assertEquals("", read(uuid, "comment").getString("comment"), "an empty comment clears it");
    }

    @Test
    void a_patch_renames_the_svm_and_refuses_a_name_taken() {
        String name = uniqueName("svm_r");
        String uuid = newSvm(name, null);
        String other = uniqueName("svm_o");
        newSvm(other, null);
        String renamed = uniqueName("svm_s");

        ontap.patch(SVMS + "/" + uuid, "{\"name\": \"" + renamed + "\"}").assertStatus(200);
        assertEquals(renamed, read(uuid, "name").getString("name"));
        assertEquals(0, ontap.records(SVMS + "?name=" + name).size());

        ontap.patch(SVMS + "/" + uuid, "{\"name\": \"" + other + "\"}").assertOntapError(409, "1");
        ontap.patch(SVMS + "/" + uuid, "{\"name\": \"9bad name\"}").assertOntapError(400, "2");
        assertEquals(renamed, read(uuid, "name").getString("name"));
    }

    @Test
    void the_settings_the_svm_runs_with_are_accepted_as_they_are() {
        String uuid = newSvm(uniqueName("svm_k"), null);
        // what na_ontap_svm sends when a playbook states them (ipspace as a plain name), and the object forms
        ontap.patch(SVMS + "/" + uuid + "?return_timeout=30", """
                {"comment": "same settings", "language": "c.utf_8", "state": "running", "subtype": "default",
                 "ipspace": "Default", "snapshot_policy": {"name": "default"}, "aggregates": [], "max_volumes": "unlimited",
                 "cifs": {"allowed": true}, "nfs": {"allowed": false}, "fcp": {"allowed": false},
                 "iscsi": {"allowed": false}, "nvme": {"allowed": false}, "ndmp": {"allowed": false}}""")
                .assertStatus(200);
        JsonObject svm = read(uuid, "comment,language,state,subtype,ipspace,snapshot_policy,aggregates,max_volumes,cifs,nfs");
        assertEquals("same settings", svm.getString("comment"));
        assertEquals("c.utf_8", svm.getString("language"));
        assertEquals("running", svm.getString("state"));
        assertEquals("unlimited", svm.getString("max_volumes"));
        assertEquals(true, svm.getJsonObject("cifs").getBoolean("allowed"));
        assertEquals(false, svm.getJsonObject("nfs").getBoolean("allowed"));
        ontap.patch(SVMS + "/" + uuid, "{\"language\": \"C.UTF-8\"}").assertStatus(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "language:{\"language\": \"en_us\"}",
        "state:{\"state\": \"stopped\"}",
        "subtype:{\"subtype\": \"dp_destination\"}",
        "ipspace:{\"ipspace\": {\"name\": \"ips1\"}}",
        "snapshot_policy:{\"snapshot_policy\": {\"name\": \"custom1\"}}",
        "aggregates:{\"aggregates\": [{\"name\": \"aggr1\"}]}",
        "max_volumes:{\"max_volumes\": \"200\"}",
        "cifs.allowed:{\"cifs\": {\"allowed\": false}}",
        "nfs.allowed:{\"nfs\": {\"allowed\": true}}",
        "iscsi.enabled:{\"iscsi\": {\"enabled\": true}}"})
    void a_change_of_a_setting_the_service_holds_fixed_is_refused_and_changes_nothing(String targetAndBody) {
        String target = targetAndBody.substring(0, targetAndBody.indexOf(':'));
        String body = targetAndBody.substring(target.length() + 1);
        String uuid = newSvm(uniqueName("svm_f"), "before");
        String withComment = body.replaceFirst("^\\{", "{\"comment\": \"after\", ");
        JsonObject error = ontap.patch(SVMS + "/" + uuid, withComment).assertOntapError(400, "262196");
        assertEquals(target, error.getString("target"));
        assertEquals("before", read(uuid, "comment").getString("comment"), "a refused PATCH changes nothing");

        ontap.post(SVMS, body.replaceFirst("^\\{", "{\"name\": \"" + uniqueName("svm_p") + "\", "))
                .assertOntapError(400, "262196");
    }

    @Test
    void a_comment_is_at_most_255_characters() {
        String uuid = newSvm(uniqueName("svm_l"), "c".repeat(255));
        assertEquals(255, read(uuid, "comment").getString("comment").length());
        ontap.patch(SVMS + "/" + uuid, "{\"comment\": \"" + "d".repeat(256) + "\"}").assertOntapError(400, "2");
        ontap.post(SVMS, "{\"name\": \"" + uniqueName("svm_m") + "\", \"comment\": \"" + "d".repeat(256) + "\"}")
                .assertOntapError(400, "2");
    }

    @Test
    void a_patch_of_an_svm_that_is_not_there_or_of_a_field_ontap_does_not_have_is_refused() {
        ontap.patch(SVMS + "/" + java.util.UUID.randomUUID(), "{\"comment\": \"x\"}").assertOntapError(404, "4");
        String uuid = newSvm(uniqueName("svm_u"), null);
        ontap.patch(SVMS + "/" + uuid, "{\"colour\": \"blue\"}").assertOntapError(400, "2");
        ontap.patch(SVMS + "/" + uuid, "{\"uuid\": \"" + java.util.UUID.randomUUID() + "\"}").assertOntapError(400, "2");
    }
}

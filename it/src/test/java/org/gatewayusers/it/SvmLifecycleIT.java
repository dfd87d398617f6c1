package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.CIFS_SERVICES;
import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.SVMS;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parents of local users and groups over their whole life: {@code /api/svm/svms} and
 * {@code /api/protocols/cifs/services}, created, listed, read and deleted, and what a delete takes with it.
 */
class SvmLifecycleIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void an_svm_is_created_listed_read_and_deleted() {
        String name = uniqueName("svm_");
        Reply created = ontap.post(SVMS + "?return_records=true", Json.createObjectBuilder().add("name", name).build())
                .assertStatus(201);
        JsonObject record = created.json().getJsonArray("records").getJsonObject(0);
        String uuid = record.getString("uuid");
        assertEquals(name, record.getString("name"));
        assertTrue(created.header("Location").orElseThrow().endsWith(SVMS + "/" + uuid));

        List<JsonObject> listed = ontap.records(SVMS + "?name=" + name + "&fields=uuid");
        assertEquals(1, listed.size());
        assertEquals(uuid, listed.get(0).getString("uuid"));
        assertTrue(ontap.records(SVMS + "?fields=name&max_records=10000").stream()
                .anyMatch(svm -> svm.getString("uuid").equals(uuid)), "the full listing has it");

        JsonObject read = ontap.getJson(SVMS + "/" + uuid);
        assertEquals(name, read.getString("name"));
        assertEquals("default", read.getString("subtype"));

        Reply deleted = ontap.delete(SVMS + "/" + uuid).assertStatus(200);
        assertEquals("{}", deleted.body().replace(" ", ""));
        ontap.get(SVMS + "/" + uuid).assertOntapError(404, "4");
        assertEquals(0, ontap.getJson(SVMS + "?name=" + name).getInt("num_records"));
    }

    @Test
    void a_cifs_server_is_created_listed_and_read_by_svm_uuid() {
        String svm = ontap.newSvmWithCifsServer("LIFE1");
        String svmName = ontap.svmName(svm);

        JsonObject read = ontap.getJson(CIFS_SERVICES + "/" + svm);
        assertEquals("LIFE1", read.getString("name"));
        assertEquals(svm, read.getJsonObject("svm").getString("uuid"));
        assertEquals(svmName, read.getJsonObject("svm").getString("name"));

        List<JsonObject> listed = ontap.records(CIFS_SERVICES + "?svm.uuid=" + svm + "&fields=name");
        assertEquals(1, listed.size());
        assertEquals("LIFE1", listed.get(0).getString("name"));
        assertEquals(1, ontap.records(CIFS_SERVICES + "?svm.name=" + svmName).size());
    }

    @Test
    void an_svm_without_cifs_server_has_no_cifs_service_record() {
        String name = uniqueName("svm_");
        String uuid = ontap.post(SVMS + "?return_records=true", Json.createObjectBuilder().add("name", name).build())
                .assertStatus(201).json().getJsonArray("records").getJsonObject(0).getString("uuid");
        ontap.get(CIFS_SERVICES + "/" + uuid).assertOntapError(404, "4");
        assertEquals(0, ontap.getJson(CIFS_SERVICES + "?svm.uuid=" + uuid).getInt("num_records"));
        assertEquals(0, ontap.getJson(LOCAL_USERS + "?svm.uuid=" + uuid).getInt("num_records"));
    }

    @Test
    void an_svm_with_a_cifs_server_is_not_deleted_until_the_cifs_server_is_and_that_takes_its_users_and_groups() {
        String svm = ontap.newSvmWithCifsServer("LIFE2");
        String svmName = ontap.svmName(svm);
        String user = ontap.createUser(svm, "tenant");
        String group = ontap.createGroup(svm, "tenants");
        ontap.post(groupPath(svm, group) + "/members", Json.createObjectBuilder().add("name", "tenant").build())
                .assertStatus(201);

        ontap.delete(SVMS + "/" + svm).assertOntapError(409, "8");
        ontap.getJson(SVMS + "/" + svm);
        ontap.getJson(userPath(svm, user));

        Reply cifsDeleted = ontap.delete(CIFS_SERVICES + "/" + svm).assertStatus(200);
        assertEquals("{}", cifsDeleted.body().replace(" ", ""));
        ontap.get(CIFS_SERVICES + "/" + svm).assertOntapError(404, "4");
        assertEquals(0, ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm).getInt("num_records"));
        assertEquals(0, ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + svm).getInt("num_records"));
        ontap.get(userPath(svm, user)).assertOntapError(404, "4");
        ontap.get(groupPath(svm, group)).assertOntapError(404, "4");
        ontap.get(groupPath(svm, "S-1-5-32-544")).assertOntapError(404, "4");
        ontap.post(LOCAL_USERS, Json.createObjectBuilder().add("svm.uuid", svm).add("name", "late")
                .add("password", OntapClient.PASSWORD).build()).assertOntapError(400, "655399");

        ontap.delete(SVMS + "/" + svm).assertStatus(200);
        ontap.get(SVMS + "/" + svm).assertOntapError(404, "4");
        assertEquals(0, ontap.getJson(SVMS + "?name=" + svmName + "&fields=uuid").getInt("num_records"));
    }

    @Test
    void a_new_cifs_server_after_a_delete_starts_afresh() {
        String svm = ontap.newSvmWithCifsServer("LIFE3");
        ontap.createUser(svm, "former");
        ontap.delete(CIFS_SERVICES + "/" + svm).assertStatus(200);

        ontap.post(CIFS_SERVICES, Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("uuid", svm))
                .add("name", "LIFE3NEW").build()).assertStatus(201);

        List<JsonObject> users = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name");
        assertEquals(1, users.size(), users::toString);
        assertEquals("LIFE3NEW\\Administrator", users.get(0).getString("name"));
        assertEquals(5, ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + svm).getInt("num_records"));
        ontap.createUser(svm, "former");
    }

    @Test
    void the_cluster_answers_its_version_first() {
        JsonObject cluster = ontap.getJson("/api/cluster?fields=version");
        JsonObject version = cluster.getJsonObject("version");
        assertTrue(version.getString("full").startsWith("NetApp Release 9.14.1"), version::toString);
        assertEquals(9, version.getInt("generation"));
        assertEquals(14, version.getInt("major"));
        assertEquals(1, version.getInt("minor"));
    }
}

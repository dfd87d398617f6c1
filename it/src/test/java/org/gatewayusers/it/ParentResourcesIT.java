package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The cluster, SVM and CIFS-server resources a client needs before it can create a local user. */
class ParentResourcesIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void the_cluster_reports_an_ontap_9_14_1_version() {
        JsonObject version = ontap.get("/api/cluster?fields=version").assertStatus(200).json().getJsonObject("version");
        assertEquals(9, version.getInt("generation"));
        assertEquals(14, version.getInt("major"));
        assertEquals(1, version.getInt("minor"));
        assertTrue(version.getString("full").startsWith("NetApp Release 9.14.1"));
    }

    @Test
    void an_svm_is_created_listed_by_name_and_read_by_uuid() {
        String name = uniqueName("svm_");
        Reply created = ontap.post("/api/svm/svms", Json.createObjectBuilder().add("name", name).build()).assertStatus(201);
        URI location = URI.create(created.header("Location").orElseThrow());

        JsonObject listed = ontap.get("/api/svm/svms?name=" + name + "&fields=uuid").assertStatus(200).json();
        assertEquals(1, listed.getInt("num_records"));
        String uuid = listed.getJsonArray("records").getJsonObject(0).getString("uuid");
        assertTrue(location.getPath().endsWith("/" + uuid));

        JsonObject read = ontap.get(location).assertStatus(200).json();
        assertEquals(name, read.getString("name"));
        assertEquals("default", read.getString("subtype"));
    }

    @Test
    void an_unknown_svm_name_lists_no_record_and_the_admin_svm_is_not_listed() {
        assertEquals(0, ontap.get("/api/svm/svms?name=no_such_svm").json().getInt("num_records"));
        assertEquals(0, ontap.get("/api/svm/svms?name=cluster1").json().getInt("num_records"));
    }

    @Test
    void a_second_svm_of_one_name_is_refused_with_409() {
        String name = uniqueName("svm_");
        ontap.post("/api/svm/svms", Json.createObjectBuilder().add("name", name).build()).assertStatus(201);
        ontap.post("/api/svm/svms", Json.createObjectBuilder().add("name", name).build()).assertOntapError(409, "1");
    }

    @Test
    void a_cifs_server_is_created_once_per_svm_with_a_netbios_name() {
        String svm = uniqueName("svm_");
        ontap.post("/api/svm/svms", Json.createObjectBuilder().add("name", svm).build()).assertStatus(201);
        var svmRef = Json.createObjectBuilder().add("name", svm).build();

        ontap.post("/api/protocols/cifs/services", Json.createObjectBuilder().add("svm", svmRef).add("name", "SIXTEEN_CHARS_XX").build())
                .assertOntapError(400, "2");
        JsonObject created = ontap.post("/api/protocols/cifs/services?return_records=true",
                Json.createObjectBuilder().add("svm", svmRef).add("name", "smb_new").build()).assertStatus(201).json();
        assertEquals("SMB_NEW", created.getJsonArray("records").getJsonObject(0).getString("name"));
        ontap.post("/api/protocols/cifs/services", Json.createObjectBuilder().add("svm", svmRef).add("name", "SMB_OTHER").build())
                .assertOntapError(409, "1");
    }
}

package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.ADMIN;
import static org.gatewayusers.it.OntapClient.ADMIN_PASSWORD;
import static org.gatewayusers.it.OntapClient.DEMO_CIFS_SERVER;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ONTAP's conventions that NetApp's clients rely on: the media types they accept, the doubled slash of
 * {@code na_ontap_rest_info}'s next link, "API not found" (code 3) for an API this service does not have, the
 * expensive fields that {@code fields=*} leaves out, and the Terraform provider's group member requests.
 */
class OntapConventionsIT {

    private final OntapClient ontap = new OntapClient();

    @ParameterizedTest
    @ValueSource(strings = {"application/hal+json", "*/*", "application/json", "application/hal+json, application/json"})
    void serves_the_media_types_netapp_clients_accept(String accept) {
        Reply reply = ontap.send(ontap.request("/api/svm/svms?fields=name").setHeader("Accept", accept).GET().build());
        reply.assertStatus(200);
        assertTrue(reply.json().containsKey("records"), reply::body);
        String contentType = reply.header("Content-Type").orElseThrow();
        assertTrue(contentType.startsWith(accept.startsWith("application/hal+json") ? "application/hal+json"
                : "application/json"), contentType);
    }

    @Test
    void serves_a_request_without_accept() {
        HttpRequest bare = HttpRequest.newBuilder(URI.create(ontap.base() + "/api/cluster?fields=version"))
                .header("Authorization", new OntapClient.Login(ADMIN, ADMIN_PASSWORD).header())
                .timeout(Duration.ofSeconds(60)).GET().build();
        Reply reply = ontap.send(bare).assertStatus(200);
        assertTrue(reply.json().getJsonObject("version").containsKey("generation"), reply::body);
    }

    @Test
    void reads_a_doubled_slash_as_one_as_na_ontap_rest_info_sends_its_next_link() {
        JsonObject first = ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + DEMO_SVM_UUID + "&max_records=2");
        String next = first.getJsonObject("_links").getJsonObject("next").getString("href");
        // na_ontap_rest_info.get_ontap_subset_info_all: next_api.replace('/api', ''), then 'api/' + that
        JsonObject second = ontap.getJson("/api/" + next.replace("/api", ""));
        assertEquals(2, second.getInt("num_records"));
        assertFalse(first.getJsonArray("records").contains(second.getJsonArray("records").get(0)));
    }

    @Test
    void answers_api_not_found_for_an_api_this_service_does_not_have() {
        for (String path : List.of("/api/storage/volumes", "/api/cluster/nodes?fields=version", "/api/no/such/thing")) {
            JsonObject error = ontap.get(path).assertOntapError(404, "3");
            assertEquals("API not found", error.getString("message"));
        }
        ontap.get(groupPath(DEMO_SVM_UUID, "S-1-5-21-1-2-3-999999")).assertOntapError(404, "4");
    }

    @Test
    void fields_star_leaves_membership_and_members_out_unless_named() {
        String user = uniqueName("exp");
        String sid = ontap.createUser(DEMO_SVM_UUID, user);
        try {
            JsonObject star = ontap.getJson(OntapClient.userPath(DEMO_SVM_UUID, sid) + "?fields=*");
            assertFalse(star.containsKey("membership"), star::toString);
            assertEquals("", star.getString("full_name"));
            JsonObject named = ontap.getJson(OntapClient.userPath(DEMO_SVM_UUID, sid) + "?fields=*,membership");
            assertTrue(named.containsKey("membership"), named::toString);
            JsonObject group = ontap.records(LOCAL_GROUPS + "?svm.uuid=" + DEMO_SVM_UUID + "&fields=*").get(0);
            assertFalse(group.containsKey("members"), group::toString);
        } finally {
            ontap.delete(OntapClient.userPath(DEMO_SVM_UUID, sid));
        }
    }

    /** Terraform: {@code internal/interfaces/protocols_cifs_local_group_member.go} (Create, GetByName, Get, Delete). */
    @Test
    void the_terraform_provider_adds_reads_and_removes_a_group_member() {
        String user = uniqueName("tfm");
        String userSid = ontap.createUser(DEMO_SVM_UUID, user);
        String groupSid = ontap.createGroup(DEMO_SVM_UUID, uniqueName("tfg"));
        String members = groupPath(DEMO_SVM_UUID, groupSid) + "/members";
        try {
            // CreateCifsLocalGroupMember: POST ?return_records=true {"name"}, then decodes response.Records[0]
            JsonObject created = ontap.post(members + "?return_records=true", "{\"name\": \"" + user + "\"}")
                    .assertStatus(201).json();
            assertEquals(1, created.getInt("num_records"));
            JsonObject record = created.getJsonArray("records").getJsonObject(0);
            assertEquals(DEMO_CIFS_SERVER + "\\" + user, record.getString("name"));
            assertEquals(DEMO_SVM, record.getJsonObject("svm").getString("name"));

            // GetCifsLocalGroupMemberByName: name=<user>&fields=name,svm.name
            List<JsonObject> found = ontap.records(members + "?name=" + encode(DEMO_CIFS_SERVER + "\\" + user)
                    + "&fields=name,svm.name");
            assertEquals(1, found.size());
            assertEquals(DEMO_SVM, found.get(0).getJsonObject("svm").getString("name"));
            // GetCifsLocalGroupMembers: fields=name,svm.name
            assertEquals(1, ontap.records(members + "?fields=name,svm.name").size());
            // Ansible's na_ontap_cifs_local_group_member: name=&svm.name=&fields=name
            assertEquals(1, ontap.records(members + "?name=" + encode(DEMO_CIFS_SERVER + "\\" + user) + "&svm.name="
                    + DEMO_SVM + "&fields=name").size());
            assertEquals(0, ontap.records(members + "?svm.name=other&fields=name").size());

            // DeleteCifsLocalGroupMember: DELETE .../members with the body {"name"}
            ontap.delete(members, "{\"name\": \"" + DEMO_CIFS_SERVER + "\\\\" + user + "\"}").assertStatus(200);
            assertEquals(0, ontap.records(members + "?fields=name,svm.name").size());
        } finally {
            ontap.delete(groupPath(DEMO_SVM_UUID, groupSid));
            ontap.delete(OntapClient.userPath(DEMO_SVM_UUID, userSid));
        }
    }
}

package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_CIFS_SERVER;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The requests of NetApp's Terraform provider ({@code NetApp/terraform-provider-netapp-ontap}, Go, which cannot run
 * here), sent exactly as its {@code internal/interfaces/*.go} builds them (each test names its file), over HTTPS,
 * and read back as the provider decodes them.
 */
class TerraformProviderRequestsIT {

    private static final String PRIVILEGES = "/api/protocols/cifs/users-and-groups/privileges";
    private static final String USER_FIELDS = "name,svm.name,full_name,description,membership,account_disabled";

    private final OntapClient ontap = new OntapClient().overHttps();

    /** {@code internal/interfaces/protocols_cifs_local_user.go}: Create, GetByName, Get, Update, Delete. */
    @Test
    void a_local_user_is_created_read_updated_with_an_empty_svm_and_deleted() {
        String name = uniqueName("tf");
        // CreateCifsLocalUser: POST ?return_records=true, svm {name}, account_disabled always; decodes Records[0]
        JsonObject created = ontap.post(LOCAL_USERS + "?return_records=true", "{\"name\": \"" + name
                + "\", \"svm\": {\"name\": \"" + DEMO_SVM + "\"}, \"password\": \"Str0ng!pass\", \"account_disabled\": false}")
                .assertStatus(201).json().getJsonArray("records").getJsonObject(0);
        String sid = created.getString("sid");
        String path = LOCAL_USERS + "/" + DEMO_SVM_UUID + "/" + sid;
        try {
            // GetCifsLocalUserByName: name=&svm.name=&fields=...
            List<JsonObject> found = ontap.records(LOCAL_USERS + "?name=" + name + "&svm.name=" + DEMO_SVM + "&fields="
                    + USER_FIELDS);
            assertEquals(1, found.size());
            assertEquals(DEMO_CIFS_SERVER + "\\" + name, found.get(0).getString("name"));
            assertEquals("", found.get(0).getString("full_name"));
            assertEquals(DEMO_SVM, found.get(0).getJsonObject("svm").getString("name"));
            assertTrue(found.get(0).containsKey("membership"), found.get(0)::toString);

            // UpdateCifsLocalUser: PATCH ?return_records=true with only the changed values, "svm": {} and
            // account_disabled always (a bool without omitempty)
            JsonObject updated = ontap.patch(path + "?return_records=true",
                    "{\"svm\": {}, \"account_disabled\": false, \"full_name\": \"Terra Form\"}")
                    .assertStatus(200).json().getJsonArray("records").getJsonObject(0);
            assertEquals("Terra Form", updated.getString("full_name"));

            // GetCifsLocalUser: GET .../{svm}/{sid}?fields=...
            JsonObject read = ontap.getJson(path + "?fields=" + USER_FIELDS);
            assertEquals("Terra Form", read.getString("full_name"));
            assertFalse(read.getBoolean("account_disabled"));
        } finally {
            // DeleteCifsLocalUser
            ontap.delete(path).assertStatus(200);
        }
    }

    /** {@code internal/interfaces/protocols_cifs_user_group_privilege.go}: Create, GetByName, Get (all), Update. */
    @Test
    void privileges_are_added_found_listed_and_changed() {
        String name = uniqueName("prv");
        String sid = ontap.createUser(DEMO_SVM_UUID, name);
        String qualified = DEMO_CIFS_SERVER + "\\" + name;
        try {
            // CreateCifsUserGroupPrivilege: POST ?return_records=true {name, svm {name}, privileges}; Records[0]
            JsonObject created = ontap.post(PRIVILEGES + "?return_records=true", "{\"name\": \"" + name
                    + "\", \"svm\": {\"name\": \"" + DEMO_SVM + "\"}, \"privileges\": [\"SeTcbPrivilege\", \"SeBackupPrivilege\"]}")
                    .assertStatus(201).json().getJsonArray("records").getJsonObject(0);
            assertEquals(qualified, created.getString("name"));
            assertEquals(DEMO_SVM, created.getJsonObject("svm").getString("name"));
            assertEquals(List.of("SeTcbPrivilege", "SeBackupPrivilege"), strings(created));

            // GetCifsUserGroupPrivilegeByName: name=&svm.name=&fields=name,svm.name,privileges
            List<JsonObject> found = ontap.records(PRIVILEGES + "?name=" + encode(qualified) + "&svm.name=" + DEMO_SVM
                    + "&fields=name,svm.name,privileges");
            assertEquals(1, found.size());
            assertEquals(strings(created), strings(found.get(0)));
            // GetCifsUserGroupPrivileges: the data source's filter, one privilege
            assertTrue(ontap.records(PRIVILEGES + "?fields=name,svm.name,privileges&privileges=SeBackupPrivilege")
                    .stream().anyMatch(record -> record.getString("name").equals(qualified)));

            // UpdateCifsUserGroupPrivilege: PATCH .../{svm.uuid}/{name}?return_records=true {"svm": {}, privileges}
            JsonObject updated = ontap.patch(PRIVILEGES + "/" + DEMO_SVM_UUID + "/" + encode(qualified)
                    + "?return_records=true", "{\"svm\": {}, \"privileges\": [\"SeRestorePrivilege\", "
                    + "\"SeTakeOwnershipPrivilege\", \"SeSecurityPrivilege\", \"SeChangeNotifyPrivilege\"]}")
                    .assertStatus(200).json().getJsonArray("records").getJsonObject(0);
            assertEquals(List.of("SeRestorePrivilege", "SeTakeOwnershipPrivilege", "SeSecurityPrivilege",
                    "SeChangeNotifyPrivilege"), strings(updated));
            assertEquals(strings(updated), strings(ontap.getJson(PRIVILEGES + "/" + DEMO_SVM_UUID + "/" + encode(qualified))));

            // what ONTAP refuses
            ontap.post(PRIVILEGES, "{\"name\": \"" + name + "\", \"svm\": {\"name\": \"" + DEMO_SVM
                    + "\"}, \"privileges\": [\"SeDebugPrivilege\"]}").assertOntapError(400, "262196");
            ontap.post(PRIVILEGES, "{\"name\": \"nobody_here\", \"svm\": {\"name\": \"" + DEMO_SVM
                    + "\"}, \"privileges\": [\"SeTcbPrivilege\"]}").assertOntapError(400, "655673");
        } finally {
            ontap.delete(LOCAL_USERS + "/" + DEMO_SVM_UUID + "/" + sid).assertStatus(200);
        }
        assertTrue(ontap.records(PRIVILEGES + "?name=" + encode(qualified)).isEmpty(), "the user took its privileges");
    }

    /**
     * {@code internal/interfaces/svm.go} (CreateSvm, GetSvmByNameDataSource, UpdateSvm, DeleteSvm) with the request
     * {@code internal/provider/svm/svm_resource.go} builds: its {@code SvmResourceModel} is encoded whole by
     * mapstructure, so a PATCH that changes the comment carries {@code "ipspace": {}} and {@code "snapshot_policy": {}}
     * (structs without omitempty), and {@code return_records=true&return_timeout=60}.
     */
    @Test
    void an_svm_is_created_with_a_comment_read_given_another_comment_renamed_and_deleted() {
        String name = uniqueName("tf_svm");
        // CreateSvm: POST ?return_records=true {name, ipspace, snapshot_policy, comment} (aggregates left out when
        // empty); decodes Records[0] for name and uuid
        JsonObject created = ontap.post("/api/svm/svms?return_records=true&return_timeout=60", "{\"name\": \"" + name
                + "\", \"ipspace\": {\"name\": \"Default\"}, \"snapshot_policy\": {\"name\": \"default\"},"
                + " \"comment\": \"made by terraform\"}").assertStatus(201).json().getJsonArray("records").getJsonObject(0);
        String uuid = created.getString("uuid");
        assertEquals(name, created.getString("name"));
        try {
            // UpdateSvm, the comment changed: the other members of the model are empty
            ontap.patch("/api/svm/svms/" + uuid + "?return_records=true&return_timeout=60",
                    "{\"ipspace\": {}, \"snapshot_policy\": {}, \"comment\": \"changed by terraform\"}").assertStatus(200);
            // GetSvmByNameDataSource
            JsonObject read = ontap.records("/api/svm/svms?name=" + name
                    + "&fields=name,ipspace,snapshot_policy,subtype,comment,language,max_volumes,aggregates").get(0);
            assertEquals("changed by terraform", read.getString("comment"));
            assertEquals("Default", read.getJsonObject("ipspace").getString("name"));
            assertEquals("default", read.getJsonObject("snapshot_policy").getString("name"));
            assertEquals("default", read.getString("subtype"));

            // UpdateSvm, the comment emptied (setCommentEmpty keeps "comment": "") and the name changed
            String renamed = uniqueName("tf_svm");
            ontap.patch("/api/svm/svms/" + uuid + "?return_records=true&return_timeout=60", "{\"name\": \"" + renamed
                    + "\", \"ipspace\": {}, \"snapshot_policy\": {}, \"comment\": \"\"}").assertStatus(200);
            // GetSvm: GET svm/svms/{uuid}, no fields
            assertEquals(renamed, ontap.getJson("/api/svm/svms/" + uuid).getString("name"));
            assertEquals("", ontap.getJson("/api/svm/svms/" + uuid + "?fields=comment").getString("comment"));
        } finally {
            // DeleteSvm
            ontap.delete("/api/svm/svms/" + uuid + "?return_timeout=60").assertStatus(200);
        }
    }

    /** {@code internal/interfaces/svm.go}, {@code protocols_cifs_service.go}, {@code security_account.go}: fields. */
    @Test
    void the_fields_the_provider_asks_of_svms_cifs_services_and_accounts_are_served() {
        JsonObject svm = ontap.records("/api/svm/svms?name=" + DEMO_SVM
                + "&fields=ipspace,snapshot_policy,comment,language,max_volumes,aggregates").get(0);
        assertEquals("Default", svm.getJsonObject("ipspace").getString("name"));
        assertEquals(0, svm.getJsonArray("aggregates").size());
        JsonObject cifs = ontap.records("/api/protocols/cifs/services?svm.name=" + DEMO_SVM
                + "&fields=default_unix_user,comment,security,ad_domain,netbios").get(0);
        assertEquals(DEMO_CIFS_SERVER, cifs.getString("name"));
        JsonObject account = ontap.records("/api/security/accounts?name=admin"
                + "&fields=name,owner,locked,comment,role,scope,applications").get(0);
        assertEquals("cluster", account.getString("scope"));
        assertEquals("admin", account.getJsonObject("role").getString("name"));
    }

    private static List<String> strings(JsonObject record) {
        return record.getJsonArray("privileges").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}

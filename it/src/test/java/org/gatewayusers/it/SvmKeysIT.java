package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body names its SVM nested ({@code {"svm": {"uuid": ...}}}) or with the flat dotted keys Ansible sends
 * ({@code "svm.uuid"}, {@code "svm.name"}); both ways, for users and groups alike.
 */
class SvmKeysIT {

    private final OntapClient ontap = new OntapClient();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"svm.uuid\": \"UUID\", NAME_AND_PASSWORD}",
            "{\"svm.name\": \"SVMNAME\", NAME_AND_PASSWORD}",
            "{\"svm\": {\"uuid\": \"UUID\"}, NAME_AND_PASSWORD}",
            "{\"svm\": {\"name\": \"SVMNAME\"}, NAME_AND_PASSWORD}",
            "{\"svm.uuid\": \"UUID\", \"svm.name\": \"SVMNAME\", NAME_AND_PASSWORD}",
            "{\"svm\": {\"uuid\": \"UUID\"}, \"svm.uuid\": \"UUID\", NAME_AND_PASSWORD}",
            "{\"svm\": {\"name\": \"SVMNAME\"}, \"svm.uuid\": \"UUID\", NAME_AND_PASSWORD}",
    })
    void a_user_is_created_with_the_svm_named_either_way(String template) {
        String uuid = ontap.newSvmWithCifsServer("KEYS1");
        String body = fill(template, uuid, ontap.svmName(uuid), "keyed");

        JsonObject record = ontap.post(LOCAL_USERS + "?return_records=true", body).assertStatus(201)
                .json().getJsonArray("records").getJsonObject(0);
        assertEquals(uuid, record.getJsonObject("svm").getString("uuid"));
        assertEquals("KEYS1\\keyed", record.getString("name"));

        List<JsonObject> byFlatFilter = ontap.records(LOCAL_USERS + "?svm.uuid=" + uuid + "&name=keyed&fields=name");
        assertEquals(1, byFlatFilter.size());
    }

    @Test
    void a_flat_and_a_nested_key_that_disagree_are_code_2() {
        String uuid = ontap.newSvmWithCifsServer("KEYS2");
        String other = ontap.newSvmWithCifsServer("KEYS3");
        String body = "{\"svm\": {\"uuid\": \"" + uuid + "\"}, \"svm.uuid\": \"" + other + "\", \"name\": \"split\", "
                + "\"password\": \"" + PASSWORD + "\"}";
        JsonObject error = ontap.post(LOCAL_USERS, body).assertOntapError(400, "2");
        assertEquals("svm.uuid", error.getString("target"));
        ontap.post(LOCAL_GROUPS, "{\"svm\": {\"uuid\": \"" + uuid + "\"}, \"svm.uuid\": \"" + other + "\", \"name\": \"g\"}")
                .assertOntapError(400, "2");
    }

    @Test
    void a_flat_uuid_and_a_flat_name_of_different_svms_are_2621706() {
        String uuid = ontap.newSvmWithCifsServer("KEYS4");
        String other = ontap.svmName(ontap.newSvmWithCifsServer("KEYS5"));
        ontap.post(LOCAL_USERS, "{\"svm.uuid\": \"" + uuid + "\", \"svm.name\": \"" + other + "\", \"name\": \"mixed\", "
                + "\"password\": \"" + PASSWORD + "\"}").assertOntapError(400, "2621706");
        ontap.post(LOCAL_GROUPS, "{\"svm.uuid\": \"" + uuid + "\", \"svm.name\": \"" + other + "\", \"name\": \"mixed\"}")
                .assertOntapError(400, "2621706");
    }

    @Test
    void an_unknown_key_inside_the_nested_svm_is_code_2() {
        String uuid = ontap.newSvmWithCifsServer("KEYS6");
        ontap.post(LOCAL_USERS, "{\"svm\": {\"uuid\": \"" + uuid + "\", \"colour\": \"red\"}, \"name\": \"nested\", "
                + "\"password\": \"" + PASSWORD + "\"}").assertOntapError(400, "2");
    }

    private static String fill(String template, String uuid, String svmName, String user) {
        return template.replace("UUID", uuid).replace("SVMNAME", svmName)
                .replace("NAME_AND_PASSWORD", "\"name\": \"" + user + "\", \"password\": \"" + PASSWORD + "\"");
    }
}

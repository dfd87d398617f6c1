package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_CIFS_SERVER;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /api/protocols/cifs/local-users} over HTTP: the success paths and every error code of the spec page. */
class CreateLocalUserIT {

    private static final String PASSWORD = "Secr3t!pw";

    private final OntapClient ontap = new OntapClient();

    @Test
    void creates_a_user_that_a_second_request_reads_back_with_its_qualified_name() {
        String name = uniqueName("u");
        Reply created = ontap.post(LOCAL_USERS + "?return_timeout=30", user(DEMO_SVM, name, PASSWORD)).assertStatus(201);

        assertEquals("{}", created.body().replace(" ", ""), "the body of a plain create is an empty JSON object");
        URI location = URI.create(created.header("Location").orElseThrow());
        assertTrue(location.getPath().startsWith(LOCAL_USERS + "/" + DEMO_SVM_UUID + "/S-1-5-21-"), location::toString);

        JsonObject stored = ontap.get(location).assertStatus(200).json();
        assertEquals(DEMO_CIFS_SERVER + "\\" + name, stored.getString("name"));
        assertEquals(DEMO_SVM, stored.getJsonObject("svm").getString("name"));
        assertEquals(DEMO_SVM_UUID, stored.getJsonObject("svm").getString("uuid"));
        assertFalse(stored.getBoolean("account_disabled"), "account_disabled defaults to false");
        assertTrue(location.getPath().endsWith("/" + stored.getString("sid")));
        assertFalse(stored.containsKey("password"));
    }

    @Test
    void returns_the_created_record_with_svm_and_sid_when_asked_to() {
        String name = uniqueName("r");
        JsonObject body = Json.createObjectBuilder(user(DEMO_SVM, name, PASSWORD))
                .add("full_name", "Ruth Roe").add("description", "made by a test").add("account_disabled", true).build();
        JsonObject reply = ontap.post(LOCAL_USERS + "?return_records=true", body).assertStatus(201).json();

        assertEquals(1, reply.getInt("num_records"));
        JsonObject record = reply.getJsonArray("records").getJsonObject(0);
        assertEquals(DEMO_CIFS_SERVER + "\\" + name, record.getString("name"));
        assertEquals("Ruth Roe", record.getString("full_name"));
        assertEquals("made by a test", record.getString("description"));
        assertTrue(record.getBoolean("account_disabled"));
        assertTrue(record.getString("sid").matches("S-1-5-21-\\d+-\\d+-\\d+-\\d+"), record::toString);
        assertEquals(DEMO_SVM_UUID, record.getJsonObject("svm").getString("uuid"));
        assertFalse(reply.toString().contains(PASSWORD), "the password is never echoed");
    }

    @Test
    void accepts_the_flat_svm_uuid_key_that_ansible_sends_and_a_qualified_name() {
        String name = uniqueName("a");
        String body = "{\"svm.uuid\": \"" + DEMO_SVM_UUID + "\", \"name\": \"" + DEMO_CIFS_SERVER.toLowerCase() + "\\\\" + name
                + "\", \"password\": \"" + PASSWORD + "\"}";
        JsonObject record = ontap.post(LOCAL_USERS + "?return_records=true", body).assertStatus(201)
                .json().getJsonArray("records").getJsonObject(0);
        assertEquals(DEMO_CIFS_SERVER + "\\" + name, record.getString("name"));
    }

    @Test
    void accepts_the_svm_by_uuid_and_name_together_when_they_agree() {
        JsonObject body = Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("uuid", DEMO_SVM_UUID).add("name", DEMO_SVM))
                .add("name", uniqueName("b")).add("password", PASSWORD).build();
        ontap.post(LOCAL_USERS, body).assertStatus(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing name              | {\"svm\": {\"name\": \"svm1\"}, \"password\": \"Secr3t!pw\"}                                   | 400 | 262278",
            "missing password          | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"nopass\"}                                          | 400 | 262278",
            "missing svm               | {\"name\": \"nosvm\", \"password\": \"Secr3t!pw\"}                                              | 400 | 262278",
            "svm that does not exist   | {\"svm\": {\"name\": \"no_such_svm\"}, \"name\": \"x1\", \"password\": \"Secr3t!pw\"}           | 404 | 2621462",
            "unknown svm uuid          | {\"svm.uuid\": \"00000000-0000-0000-0000-000000000000\", \"name\": \"x1\", \"password\": \"Secr3t!pw\"} | 404 | 2621462",
            "admin svm                 | {\"svm\": {\"name\": \"cluster1\"}, \"name\": \"x1\", \"password\": \"Secr3t!pw\"}              | 400 | 655660",
            "name of 21 characters     | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"abcdefghijklmnopqrstu\", \"password\": \"Secr3t!pw\"} | 400 | 655661",
            "name is the cifs server   | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"smb_server01\", \"password\": \"Secr3t!pw\"}         | 400 | 655665",
            "name with a plus          | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"a+b\", \"password\": \"Secr3t!pw\"}                  | 400 | 655668",
            "name with an at sign      | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"a@b\", \"password\": \"Secr3t!pw\"}                  | 400 | 655668",
            "name with a control char  | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"a\\u0007b\", \"password\": \"Secr3t!pw\"}            | 400 | 655668",
            "name ending with a period | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"abc.\", \"password\": \"Secr3t!pw\"}                 | 400 | 655668",
            "foreign local domain      | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"OTHER\\\\bob\", \"password\": \"Secr3t!pw\"}        | 400 | 655675",
            "blank name                | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"   \", \"password\": \"Secr3t!pw\"}                 | 400 | 655682",
            "empty name                | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"\", \"password\": \"Secr3t!pw\"}                    | 400 | 655682",
            "password of 5 characters  | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"weak1\", \"password\": \"Ab1!x\"}                    | 400 | 655733",
            "password with the name    | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"weakling\", \"password\": \"xWEAKLING1\"}            | 400 | 655733",
            "password of 2 categories  | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"weak2\", \"password\": \"abcdefgh12\"}               | 400 | 655733",
            "uuid and name disagree    | {\"svm\": {\"name\": \"cluster1\", \"uuid\": \"02c9e252-41be-11e9-81d5-00a0986138f7\"}, \"name\": \"x1\", \"password\": \"Secr3t!pw\"} | 400 | 2621706",
            "unknown field             | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"x1\", \"password\": \"Secr3t!pw\", \"colour\": \"red\"} | 400 | 2",
            "name of a wrong type      | {\"svm\": {\"name\": \"svm1\"}, \"name\": 42, \"password\": \"Secr3t!pw\"}                       | 400 | 2",
            "disabled of a wrong type  | {\"svm\": {\"name\": \"svm1\"}, \"name\": \"x1\", \"password\": \"Secr3t!pw\", \"account_disabled\": \"yes\"} | 400 | 2",
            "malformed json            | {\"svm\": {\"name\": \"svm1\"},                                                                  | 400 | 2",
            "a json array              | [1, 2, 3]                                                                                        | 400 | 2",
    })
    void refuses_with_the_vendor_code(String why, String body, int status, String code) {
        ontap.post(LOCAL_USERS, body).assertOntapError(status, code);
    }

    @Test
    void refuses_a_full_name_or_description_over_256_characters() {
        String longText = "x".repeat(257);
        ontap.post(LOCAL_USERS, Json.createObjectBuilder(user(DEMO_SVM, uniqueName("f"), PASSWORD)).add("full_name", longText).build())
                .assertOntapError(400, "655661");
        ontap.post(LOCAL_USERS, Json.createObjectBuilder(user(DEMO_SVM, uniqueName("d"), PASSWORD)).add("description", longText).build())
                .assertOntapError(400, "655661");
    }

    @Test
    void refuses_a_user_on_an_svm_without_cifs_server() {
        String svm = uniqueName("bare_");
        ontap.post("/api/svm/svms", Json.createObjectBuilder().add("name", svm).build()).assertStatus(201);
        JsonObject error = ontap.post(LOCAL_USERS, user(svm, "x1", PASSWORD)).assertOntapError(400, "655399");
        assertFalse(error.toString().contains(PASSWORD));
    }

    @Test
    void refuses_an_existing_name_in_any_case_with_409() {
        String name = uniqueName("dup");
        ontap.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertStatus(201);
        ontap.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertOntapError(409, "655736");
        ontap.post(LOCAL_USERS, user(DEMO_SVM, name.toUpperCase(), PASSWORD)).assertOntapError(409, "655736");
    }

    @ParameterizedTest
    @ValueSource(strings = {"return_records=maybe", "return_timeout=121", "return_timeout=abc"})
    void refuses_malformed_query_parameters(String query) {
        ontap.post(LOCAL_USERS + "?" + query, user(DEMO_SVM, uniqueName("q"), PASSWORD)).assertOntapError(400, "2");
    }

    @Test
    void answers_an_unknown_user_with_the_ontap_not_found_body() {
        JsonObject error = ontap.get(LOCAL_USERS + "/" + DEMO_SVM_UUID + "/S-1-5-21-1-2-3-999999").assertOntapError(404, "4");
        assertEquals("entry doesn't exist", error.getString("message"));
    }

    @Test
    void answers_a_wrong_method_and_an_unknown_path_in_ontap_form() {
        ontap.delete("/api/cluster").assertOntapError(405, "2");
        JsonObject unknown = ontap.get("/api/no/such/thing").assertOntapError(404, "3");
        assertEquals("API not found", unknown.getString("message"));
    }
}

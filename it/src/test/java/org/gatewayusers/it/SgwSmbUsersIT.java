package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** Cloud Storage Gateway SMB users over the RPC protocol, in JSON and XML, with their asynchronous tasks. */
class SgwSmbUsersIT {

    private final PopClient pop = new PopClient();
    private String gatewayId;

    @BeforeEach
    void a_file_gateway_in_a_storage_bundle() {
        String bundle = pop.sgw("CreateStorageBundle", "StorageBundleName", unique("bundle"), "BackendBucketRegionId", "cn-shanghai")
                .getString("StorageBundleId");
        gatewayId = pop.sgw("CreateGateway", "StorageBundleId", bundle, "Name", unique("gw"), "Type", "File",
                "Location", "Cloud").getString("GatewayId");
    }

    @Test
    void creates_a_user_through_a_task_then_lists_it_then_deletes_it_the_same_way() {
        JsonObject created = pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "alex", "Password", "Secr3t!");
        assertEquals("200", created.getString("Code"));
        assertTrue(created.getBoolean("Success"));
        assertTrue(created.getString("TaskId").startsWith("t-"));
        assertFalse(created.getString("RequestId").isBlank());

        JsonObject task = pop.awaitTask(gatewayId, created.getString("TaskId"));
        assertEquals("task.state.completed", task.getString("StateCode"));
        assertEquals(100, task.getInt("Progress"));
        assertEquals(gatewayId, task.getString("RelatedResourceId"));

        JsonObject users = pop.sgw("DescribeGatewaySMBUsers", "GatewayId", gatewayId);
        assertEquals(1, users.getInt("TotalCount"));
        assertEquals("alex", users.getJsonObject("Users").getJsonArray("User").getJsonObject(0).getString("Username"));

        String deletion = pop.sgw("DeleteGatewaySMBUser", "GatewayId", gatewayId, "Username", "alex").getString("TaskId");
        assertEquals("task.state.completed", pop.awaitTask(gatewayId, deletion).getString("StateCode"));
        assertEquals(0, pop.sgw("DescribeGatewaySMBUsers", "GatewayId", gatewayId).getInt("TotalCount"));
    }

    @Test
    void answers_in_xml_when_no_format_is_asked_for() {
        PopClient.Answer answer = pop.get(Map.of("Action", "CreateGatewaySMBUser", "Version", PopClient.SGW_VERSION,
                "GatewayId", gatewayId, "Username", "xmluser", "Password", "Secr3t!"));
        assertEquals(200, answer.status());
        Document xml = answer.xml();
        assertEquals("CreateGatewaySMBUserResponse", xml.getDocumentElement().getTagName());
        assertTrue(xml.getElementsByTagName("TaskId").item(0).getTextContent().startsWith("t-"));
        assertEquals(1, xml.getElementsByTagName("RequestId").getLength());
    }

    @Test
    void lists_users_in_xml_as_repeated_user_elements() {
        for (String name : List.of("u1", "u2")) {
            String task = pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", name, "Password", "Secr3t!")
                    .getString("TaskId");
            pop.awaitTask(gatewayId, task);
        }
        Document xml = pop.get(Map.of("Action", "DescribeGatewaySMBUsers", "Version", PopClient.SGW_VERSION,
                "GatewayId", gatewayId, "Format", "XML")).xml();
        assertEquals(2, xml.getElementsByTagName("User").getLength());
        assertEquals("2", xml.getElementsByTagName("TotalCount").item(0).getTextContent());
    }

    @Test
    void takes_parameters_from_a_form_body_as_terraform_sends_them() {
        PopClient.Answer answer = pop.postForm(Map.of("Action", "CreateGatewaySMBUser", "Version", PopClient.SGW_VERSION,
                "Format", "JSON", "GatewayId", gatewayId, "Username", "formuser", "Password", "Secr3t!"));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("task.state.completed", pop.awaitTask(gatewayId, answer.json().getString("TaskId")).getString("StateCode"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty user name     | Username= | Password=Secr3t! | 400 | EmptySMBUserName",
            "invalid user name   | Username=al ex | Password=Secr3t! | 400 | InvalidSMBUserName",
            "33 characters       | Username=abcdefghijklmnopqrstuvwxyz0123456 | Password=Secr3t! | 400 | InvalidSMBUserName",
            "empty password      | Username=alex | Password= | 400 | EmptySMBPassword",
            "invalid password    | Username=alex | Password=pass word | 400 | InvalidSMBPassword",
            "password with quote | Username=alex | Password=pass'1 | 400 | InvalidSMBPassword",
    })
    void refuses_a_bad_user_with_the_vendor_code(String why, String username, String password, int status, String code) {
        PopClient.Answer answer = pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", gatewayId,
                "Username", username.substring("Username=".length()), "Password", password.substring("Password=".length()));
        assertError(answer, status, code);
    }

    @Test
    void refuses_an_unknown_gateway_and_an_existing_user() {
        assertError(pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", "gw-00000000000000000000", "Username", "a", "Password", "b"),
                400, "GatewayNotExist");
        String task = pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "twice", "Password", "Secr3t!")
                .getString("TaskId");
        // the worker may finish the first task before the second call arrives: then the user exists already
        PopClient.Answer meanwhile = pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "twice",
                "Password", "Secr3t!");
        assertEquals(400, meanwhile.status(), meanwhile.body());
        String code = meanwhile.json().getString("Code");
        assertTrue(code.equals("GatewayInOperation") || code.equals("SMBUserAlreadyExist"), code);
        pop.awaitTask(gatewayId, task);
        assertError(pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "twice", "Password", "Secr3t!"),
                400, "SMBUserAlreadyExist");
    }

    @Test
    void refuses_local_users_while_the_gateway_is_linked_to_an_ad_service() {
        String link = pop.sgw("SetGatewayADInfo", "GatewayId", gatewayId, "IsEnabled", "true", "DomainName", "corp.example.com",
                "Username", "admin", "Password", "AdPassw0rd", "ServerIp", "10.0.0.2").getString("TaskId");
        assertEquals("task.state.completed", pop.awaitTask(gatewayId, link).getString("StateCode"));

        assertError(pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "alex", "Password", "Secr3t!"),
                400, "CouldNotCreateSMBUser");

        String unlink = pop.sgw("SetGatewayADInfo", "GatewayId", gatewayId, "IsEnabled", "false").getString("TaskId");
        assertEquals("task.state.completed", pop.awaitTask(gatewayId, unlink).getString("StateCode"));
        assertEquals("200", pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "alex", "Password", "Secr3t!")
                .getString("Code"));
    }

    @Test
    void refuses_users_on_a_gateway_being_deleted_and_forgets_the_gateway_afterwards() {
        String deletion = pop.sgw("DeleteGateway", "GatewayId", gatewayId).getString("TaskId");
        PopClient.Answer meanwhile = pop.sgwAnswer("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "late", "Password", "Secr3t!");
        assertTrue(meanwhile.status() == 400, meanwhile.body());
        String code = meanwhile.json().getString("Code");
        assertTrue(code.equals("GatewayInOperation") || code.equals("GatewayNotExist"), code);
        pop.awaitTask(gatewayId, deletion);
        assertError(pop.sgwAnswer("DescribeGatewaySMBUsers", "GatewayId", gatewayId), 400, "GatewayNotExist");
    }

    @Test
    void refuses_an_unknown_storage_bundle_with_404() {
        assertError(pop.sgwAnswer("CreateGateway", "StorageBundleId", "sb-00000000000000000000", "Name", "gw", "Type", "File",
                "Location", "Cloud"), 404, "StorageBundleNotExist");
    }

    @Test
    void answers_protocol_errors_with_the_common_error_body() {
        PopClient.Answer unknown = pop.get(Map.of("Action", "NoSuchAction", "Version", PopClient.SGW_VERSION, "Format", "JSON"));
        assertError(unknown, 404, "InvalidAction.NotFound");
        JsonObject body = unknown.json();
        for (String field : List.of("RequestId", "HostId", "Code", "Message", "Recommend")) {
            assertTrue(body.containsKey(field), field + " in " + body);
        }
        assertError(pop.get(Map.of("Version", PopClient.SGW_VERSION, "Format", "JSON")), 400, "MissingParameter");
        assertError(pop.get(Map.of("Action", "DescribeTasks", "Version", "2000-01-01", "Format", "JSON", "TargetId", gatewayId)),
                400, "InvalidVersion");
        assertError(pop.sgwAnswer("DescribeGatewaySMBUsers", "GatewayId", gatewayId, "PageSize", "abc"), 400, "InvalidParameter");
        assertError(pop.sgwAnswer("DescribeGatewaySMBUsers", "GatewayId", gatewayId, "PageSize", "51"), 400, "InvalidParameter");
        assertError(pop.sgwAnswer("DescribeGatewaySMBUsers"), 400, "MissingParameter");

        PopClient.Answer xmlError = pop.get(Map.of("Action", "NoSuchAction", "Version", PopClient.SGW_VERSION));
        assertEquals("Error", xmlError.xml().getDocumentElement().getTagName());
    }

    @Test
    void every_answer_has_a_fresh_request_id() {
        String first = pop.sgw("DescribeGatewaySMBUsers", "GatewayId", gatewayId).getString("RequestId");
        String second = pop.sgw("DescribeGatewaySMBUsers", "GatewayId", gatewayId).getString("RequestId");
        assertFalse(first.equals(second));
    }

    @Test
    void describes_tasks_of_a_gateway_newest_or_all() {
        pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "t1", "Password", "Secr3t!");
        String last = pop.sgw("CreateGatewaySMBUser", "GatewayId", gatewayId, "Username", "t2", "Password", "Secr3t!").getString("TaskId");
        pop.awaitTask(gatewayId, last);
        JsonObject all = pop.sgw("DescribeTasks", "TargetId", gatewayId);
        assertEquals(2, all.getInt("TotalCount"));
        all.getJsonObject("Tasks").getJsonArray("SimpleTask").getValuesAs(JsonObject.class)
                .forEach(task -> assertEquals("task.state.completed", task.getString("StateCode")));
    }

    private static void assertError(PopClient.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(code, answer.json().getString("Code"), answer.body());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}

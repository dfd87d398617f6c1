package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * hcs-sgw through {@code com.aliyun:tea-openapi}, the core of the generated {@code sgw20180511} SDKs, with its default
 * signature (v3): a user's whole life, and refusals raised as the SDK's {@code TeaException} with the vendor code.
 */
class SgwTeaOpenApiIT {

    private final TeaOpenApi sdk = TeaOpenApi.demo();

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private String gateway() throws Exception {
        String bundle = (String) sdk.sgw("CreateStorageBundle", "StorageBundleName", "tea" + suffix(),
                "BackendBucketRegionId", "cn-shanghai").get("StorageBundleId");
        return (String) sdk.sgw("CreateGateway", "StorageBundleId", bundle, "Name", "teagw" + suffix(), "Type", "File",
                "Location", "Cloud").get("GatewayId");
    }

    private String awaitTask(String gateway, String task) throws Exception {
        for (int i = 0; i < 300; i++) {
            List<Map<String, Object>> tasks = TeaOpenApi.list(sdk.sgw("DescribeTasks", "TargetId", gateway, "TaskId", task),
                    "Tasks", "SimpleTask");
            String state = (String) tasks.get(0).get("StateCode");
            if (!state.equals("task.state.Initialized") && !state.equals("task.state.Running")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("task " + task + " did not finish");
    }

    @Test
    void the_sdk_creates_describes_modifies_and_deletes_a_user_with_signature_v3() throws Exception {
        String gateway = gateway();

        Map<String, Object> created = sdk.sgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "teauser",
                "Password", "Secr3t!");
        assertTrue((Boolean) created.get("Success"), created.toString());
        assertEquals("task.state.completed", awaitTask(gateway, (String) created.get("TaskId")));

        Map<String, Object> users = sdk.sgw("DescribeGatewaySMBUsers", "GatewayId", gateway, "PageSize", 50);
        assertEquals("teauser", TeaOpenApi.list(users, "Users", "User").get(0).get("Username"));
        assertEquals(1, ((Number) users.get("TotalCount")).intValue());

        // the gateway around the user changes: its directory is switched off and on again
        String ldap = (String) sdk.sgw("SetGatewayLDAPInfo", "GatewayId", gateway, "IsEnabled", false).get("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, ldap));

        String deletion = (String) sdk.sgw("DeleteGatewaySMBUser", "GatewayId", gateway, "Username", "teauser").get("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, deletion));
        assertEquals(0, ((Number) sdk.sgw("DescribeGatewaySMBUsers", "GatewayId", gateway).get("TotalCount")).intValue());
    }

    @Test
    void the_sdk_raises_the_vendor_code_of_a_refusal_as_its_exception() throws Exception {
        TeaException missing = assertThrows(TeaException.class, () -> sdk.sgw("CreateGatewaySMBUser",
                "GatewayId", "gw-00000000000000000000", "Username", "x", "Password", "y"));
        assertEquals("GatewayNotExist", missing.getCode());
        assertEquals(400, missing.getStatusCode());
        assertFalse(String.valueOf(missing.getData().get("RequestId")).isBlank());

        String gateway = gateway();
        String task = (String) sdk.sgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "twice",
                "Password", "Secr3t!").get("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, task));
        TeaException twice = assertThrows(TeaException.class, () -> sdk.sgw("CreateGatewaySMBUser", "GatewayId", gateway,
                "Username", "twice", "Password", "Secr3t!"));
        assertEquals("SMBUserAlreadyExist", twice.getCode());
    }

    @Test
    void the_sdk_filters_users_by_pattern_and_a_gone_user_is_not_found() throws Exception {
        String gateway = gateway();
        for (String name : new String[] {"alex", "Malek", "bob"}) {
            String task = (String) sdk.sgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", name,
                    "Password", "Secr3t!").get("TaskId");
            assertEquals("task.state.completed", awaitTask(gateway, task));
        }

        Map<String, Object> matching = sdk.sgw("DescribeGatewaySMBUsers", "GatewayId", gateway, "Pattern", "le");
        assertEquals(2, ((Number) matching.get("TotalCount")).intValue(), matching.toString());
        assertEquals(List.of("alex", "Malek"), TeaOpenApi.list(matching, "Users", "User").stream()
                .map(user -> user.get("Username")).toList());

        String deletion = (String) sdk.sgw("DeleteGatewaySMBUser", "GatewayId", gateway, "Username", "bob").get("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, deletion));
        TeaException gone = assertThrows(TeaException.class,
                () -> sdk.sgw("DeleteGatewaySMBUser", "GatewayId", gateway, "Username", "bob"));
        assertEquals("SMBUserNotExist", gone.getCode());
    }

    @Test
    void describe_tasks_shows_stage_code_and_message_params() throws Exception {
        String gateway = gateway();
        String task = (String) sdk.sgw("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "staged",
                "Password", "Secr3t!").get("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, task));

        Map<String, Object> simple = TeaOpenApi.list(sdk.sgw("DescribeTasks", "TargetId", gateway, "TaskId", task),
                "Tasks", "SimpleTask").get(0);
        assertEquals("task.stage.finished", simple.get("StageCode"));
        assertEquals("[]", simple.get("MessageParams"));
    }
}

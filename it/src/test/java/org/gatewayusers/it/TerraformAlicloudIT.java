package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Terraform's {@code alicloud} provider, replayed: for each resource, the create, read, update and delete calls in the
 * order and with the parameters its source sends them ({@code aliyun/terraform-provider-alicloud}, files named on each
 * test), as {@code RpcPost} sends them: a form body, signed v1, JSON asked for. Each answer is read where the provider
 * reads it.
 */
class TerraformAlicloudIT {

    private static final String SGW = PopClient.SGW_VERSION;
    private static final String SMARTAG = SmartagClientUsersIT.VERSION;
    private static final String REGION = "cn-shanghai";

    private final PopClient pop = new PopClient();

    /** One RpcPost: the parameters in a form body with the common ones; the answer must be a 200. */
    private JsonObject rpcPost(String version, String action, Object... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", version);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", REGION);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        PopClient.Answer answer = pop.postForm(parameters);
        assertEquals(200, answer.status(), action + ": " + answer.body());
        JsonObject body = answer.json();
        assertTrue(!body.containsKey("Success") || body.getBoolean("Success"), action + ": " + body);
        return body;
    }

    /** {@code SgwService.DescribeTasks} + {@code CloudStorageGatewayTaskStateRefreshFunc}: polls until completed. */
    private void awaitTask(String gatewayId, String taskId) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonObject task = rpcPost(SGW, "DescribeTasks", "TargetId", gatewayId, "PageSize", 50, "PageNumber", 1,
                    "TaskId", taskId).getJsonObject("Tasks").getJsonArray("SimpleTask").getJsonObject(0);
            String state = task.getString("StateCode");
            if (state.equals("task.state.completed")) {
                return;
            }
            assertTrue(!state.equals("task.state.Failed"), task.toString());
            sleep();
        }
        throw new AssertionError("task " + taskId + " did not complete");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** {@code alicloud/resource_alicloud_cloud_storage_gateway_storage_bundle.go}, read by {@code service_alicloud_sgw.go}. */
    @Test
    void storage_bundle_create_read_update_delete() {
        String name = "tf-bundle-" + suffix();
        String id = rpcPost(SGW, "CreateStorageBundle", "Description", "made by terraform", "BackendBucketRegionId", REGION,
                "Name", name).getString("StorageBundleId");

        JsonObject read = rpcPost(SGW, "DescribeStorageBundle", "RegionId", REGION, "StorageBundleId", id);
        assertEquals(name, read.getString("Name"));
        assertEquals("made by terraform", read.getString("Description"));

        rpcPost(SGW, "ModifyStorageBundle", "StorageBundleId", id, "Name", name + "-2", "Description", "changed");
        JsonObject again = rpcPost(SGW, "DescribeStorageBundle", "RegionId", REGION, "StorageBundleId", id);
        assertEquals(name + "-2", again.getString("Name"));
        assertEquals("changed", again.getString("Description"));

        rpcPost(SGW, "DeleteStorageBundle", "StorageBundleId", id);
        PopClient.Answer gone = pop.postForm(Map.of("Action", "DescribeStorageBundle", "Version", SGW, "Format", "JSON",
                "StorageBundleId", id));
        assertEquals("StorageBundleNotExist", gone.json().getString("Code"), gone.body());
    }

    /**
     * {@code alicloud/resource_alicloud_cloud_storage_gateway_gateway.go} for an {@code On_Premise} gateway (no
     * {@code DeployGateway}, no task to wait for on delete), read by {@code DescribeCloudStorageGatewayGateway}.
     */
    @Test
    void gateway_create_read_update_delete() {
        String bundle = rpcPost(SGW, "CreateStorageBundle", "BackendBucketRegionId", REGION, "Name", "tf-gwb-" + suffix())
                .getString("StorageBundleId");
        String name = "tf-gw-" + suffix();
        String id = rpcPost(SGW, "CreateGateway", "StorageBundleId", bundle, "Type", "File", "Location", "On_Premise",
                "Name", name, "Description", "first").getString("GatewayId");

        JsonObject read = rpcPost(SGW, "DescribeGateway", "GatewayId", id);
        assertEquals(bundle, read.getString("StorageBundleId"));
        assertEquals("File", read.getString("Type"));
        assertEquals("On_Premise", read.getString("Location"));
        assertEquals(name, read.getString("Name"));
        assertEquals("first", read.getString("Description"));
        assertTrue(read.containsKey("Status"), read.toString());

        rpcPost(SGW, "ModifyGateway", "GatewayId", id, "Name", name + "-2", "Description", "second");
        JsonObject again = rpcPost(SGW, "DescribeGateway", "GatewayId", id);
        assertEquals(name + "-2", again.getString("Name"));
        assertEquals("second", again.getString("Description"));

        rpcPost(SGW, "DeleteGateway", "GatewayId", id);
        Instant deadline = Instant.now().plusSeconds(60);
        String code = "";
        while (!code.equals("GatewayNotExist") && Instant.now().isBefore(deadline)) {
            PopClient.Answer answer = pop.postForm(Map.of("Action", "DescribeGateway", "Version", SGW, "Format", "JSON",
                    "GatewayId", id));
            code = answer.status() == 200 ? "" : answer.json().getString("Code");
            sleep();
        }
        assertEquals("GatewayNotExist", code);
    }

    /** {@code alicloud/resource_alicloud_cloud_storage_gateway_gateway_smb_user.go}; no update: every change replaces it. */
    @Test
    void gateway_smb_user_create_read_delete() {
        String bundle = rpcPost(SGW, "CreateStorageBundle", "BackendBucketRegionId", REGION, "Name", "tf-smb-" + suffix())
                .getString("StorageBundleId");
        String gateway = rpcPost(SGW, "CreateGateway", "StorageBundleId", bundle, "Type", "File", "Location", "Cloud",
                "Name", "tf-smbgw-" + suffix()).getString("GatewayId");

        String task = rpcPost(SGW, "CreateGatewaySMBUser", "GatewayId", gateway, "Password", "TfSecr3t!", "Username", "tfuser")
                .getString("TaskId");
        awaitTask(gateway, task);

        JsonObject users = rpcPost(SGW, "DescribeGatewaySMBUsers", "GatewayId", gateway, "PageSize", 50, "PageNumber", 1);
        assertEquals("tfuser", users.getJsonObject("Users").getJsonArray("User").getJsonObject(0).getString("Username"));

        String deletion = rpcPost(SGW, "DeleteGatewaySMBUser", "GatewayId", gateway, "Username", "tfuser").getString("TaskId");
        awaitTask(gateway, deletion);
        assertEquals(0, rpcPost(SGW, "DescribeGatewaySMBUsers", "GatewayId", gateway, "PageSize", 50, "PageNumber", 1)
                .getInt("TotalCount"));
    }

    /** {@code alicloud/resource_alicloud_sag_client_user.go}, read by {@code service_alicloud_sag.go}. */
    @Test
    void sag_client_user_create_read_update_delete() {
        String sag = rpcPost(SMARTAG, "CreateSmartAccessGatewaySoftware", "UserCount", 5, "CidrBlock", "10.43.0.0/24")
                .getString("SmartAGId");

        JsonObject created = rpcPost(SMARTAG, "CreateSmartAccessGatewayClientUser", "SmartAGId", sag,
                "UserMail", "tf@example.com", "Bandwidth", 200, "UserName", "tf.user", "Password", "Passw0rd_1");
        String id = sag + ":" + created.getString("UserName");

        JsonObject users = rpcPost(SMARTAG, "DescribeSmartAccessGatewayClientUsers", "SmartAGId", id.split(":")[0]);
        JsonObject user = users.getJsonObject("Users").getJsonArray("User").getJsonObject(0);
        assertEquals("tf.user", user.getString("UserName"));
        assertEquals(200, user.getInt("Bandwidth"));

        rpcPost(SMARTAG, "ModifySmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "tf.user", "Bandwidth", 400);
        assertEquals(400, rpcPost(SMARTAG, "DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag)
                .getJsonObject("Users").getJsonArray("User").getJsonObject(0).getInt("Bandwidth"));

        rpcPost(SMARTAG, "DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "tf.user");
        assertEquals(0, rpcPost(SMARTAG, "DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag).getInt("TotalCount"));
    }
}

package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

    /** {@code DescribeGateway} until it answers {@code GatewayNotExist}, as a refresh after a delete finds it gone. */
    private void awaitGatewayGone(String id) {
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

    /**
     * {@code alicloud/resource_alicloud_cloud_storage_gateway_gateway.go} for an {@code On_Premise} gateway with the
     * default {@code payment_type} ({@code PayAsYouGo}, sent as {@code PostPaid=true} by
     * {@code convertCsgGatewayPaymentTypeReq}): {@code resourceAliCloudCloudStorageGatewayGatewayCreate} calls no
     * {@code DeployGateway} (only for {@code Cloud}), {@code ...Delete} waits for no task; read by
     * {@code service_alicloud_sgw.go} {@code DescribeCloudStorageGatewayGateway}.
     */
    @Test
    void gateway_create_read_update_delete() {
        String bundle = rpcPost(SGW, "CreateStorageBundle", "BackendBucketRegionId", REGION, "Name", "tf-gwb-" + suffix())
                .getString("StorageBundleId");
        String name = "tf-gw-" + suffix();
        String id = rpcPost(SGW, "CreateGateway", "StorageBundleId", bundle, "Type", "File", "Location", "On_Premise",
                "Name", name, "PostPaid", true, "Description", "first").getString("GatewayId");

        JsonObject read = rpcPost(SGW, "DescribeGateway", "GatewayId", id);
        assertEquals(bundle, read.getString("StorageBundleId"));
        assertEquals("File", read.getString("Type"));
        assertEquals("On_Premise", read.getString("Location"));
        assertEquals(name, read.getString("Name"));
        assertEquals("first", read.getString("Description"));
        assertEquals(true, read.getBoolean("IsPostPaid"));
        assertEquals("Running", read.getString("Status"));
        assertEquals("", read.getString("GatewayClass"));

        rpcPost(SGW, "ModifyGateway", "GatewayId", id, "Name", name + "-2", "Description", "second");
        JsonObject again = rpcPost(SGW, "DescribeGateway", "GatewayId", id);
        assertEquals(name + "-2", again.getString("Name"));
        assertEquals("second", again.getString("Description"));

        rpcPost(SGW, "DeleteGateway", "GatewayId", id);
        awaitGatewayGone(id);
    }

    /**
     * {@code alicloud/resource_alicloud_cloud_storage_gateway_gateway.go} for a {@code Cloud} gateway, every optional
     * argument set: {@code resourceAliCloudCloudStorageGatewayGatewayCreate} sends {@code CreateGateway}, then (Cloud and
     * PayAsYouGo) {@code DeployGateway} with {@code GatewayId} and {@code GatewayClass} and waits for its task through
     * {@code CloudStorageGatewayTaskStateRefreshFunc}; {@code ...Read} sets every attribute from {@code DescribeGateway};
     * {@code ...Update} sends {@code ModifyGateway} and, for a new {@code gateway_class}, {@code ModifyGatewayClass}
     * and waits for its task; {@code ...Delete} sends {@code DeleteGateway} and, Cloud, waits for
     * its task. Each attribute read back must equal what was sent, or Terraform plans a change (a replacement, for
     * the ForceNew {@code vswitch_id} and {@code release_after_expiration}).
     */
    @Test
    void cloud_gateway_create_deploy_read_update_delete() {
        String bundle = rpcPost(SGW, "CreateStorageBundle", "BackendBucketRegionId", REGION, "Name", "tf-cgb-" + suffix())
                .getString("StorageBundleId");
        String name = "tf-cgw-" + suffix();
        String id = rpcPost(SGW, "CreateGateway", "StorageBundleId", bundle, "Type", "File", "Location", "Cloud",
                "Name", name, "GatewayClass", "Standard", "VSwitchId", "vsw-uf6tf0123", "PublicNetworkBandwidth", 10,
                "PostPaid", true, "Description", "cloud", "ReleaseAfterExpiration", false).getString("GatewayId");
        assertEquals("Initialized", rpcPost(SGW, "DescribeGateway", "GatewayId", id).getString("Status"));

        String deployment = rpcPost(SGW, "DeployGateway", "GatewayId", id, "GatewayClass", "Standard").getString("TaskId");
        awaitTask(id, deployment);

        JsonObject read = rpcPost(SGW, "DescribeGateway", "GatewayId", id);
        assertEquals(bundle, read.getString("StorageBundleId"));
        assertEquals("File", read.getString("Type"));
        assertEquals("Cloud", read.getString("Location"));
        assertEquals(name, read.getString("Name"));
        assertEquals("Standard", read.getString("GatewayClass"));
        assertEquals("vsw-uf6tf0123", read.getString("VSwitchId"));
        assertEquals(true, read.getBoolean("IsPostPaid"));
        assertEquals("cloud", read.getString("Description"));
        assertEquals(false, read.getBoolean("IsReleaseAfterExpiration"));
        assertEquals("Running", read.getString("Status"));
        assertEquals(10, read.getInt("PublicNetworkBandwidth"));

        PopClient.Answer again = pop.postForm(Map.of("Action", "DeployGateway", "Version", SGW, "Format", "JSON",
                "GatewayId", id));
        assertEquals("BadRequest", again.json().getString("Code"), again.body());

        rpcPost(SGW, "ModifyGateway", "GatewayId", id, "Name", name + "-2", "Description", "changed");
        assertEquals(name + "-2", rpcPost(SGW, "DescribeGateway", "GatewayId", id).getString("Name"));
        // gateway_class changed: ModifyGatewayClass, then the provider waits for its task
        String classChange = rpcPost(SGW, "ModifyGatewayClass", "GatewayId", id, "GatewayClass", "Enhanced").getString("TaskId");
        awaitTask(id, classChange);
        JsonObject upgraded = rpcPost(SGW, "DescribeGateway", "GatewayId", id);
        assertEquals("Enhanced", upgraded.getString("GatewayClass"));
        assertEquals("Running", upgraded.getString("Status"));

        String deletion = rpcPost(SGW, "DeleteGateway", "GatewayId", id).getString("TaskId");
        awaitTask(id, deletion);
        awaitGatewayGone(id);
    }

    /**
     * {@code alicloud/data_source_alicloud_cloud_storage_gateway_gateways.go}
     * ({@code dataSourceAlicloudCloudStorageGatewayGatewaysRead}): {@code DescribeGateways(StorageBundleId, PageSize=50,
     * PageNumber=1)}, every field of {@code $.Gateways.Gateway[]} it maps, with the types its converters need:
     * {@code IsPostPaid} cast to a boolean, {@code ExpireStatus} and {@code PublicNetworkBandwidth} through
     * {@code formatInt} (a number), {@code Status} cast to a string.
     */
    @Test
    void gateways_data_source_reads_every_field() {
        String bundle = rpcPost(SGW, "CreateStorageBundle", "BackendBucketRegionId", REGION, "Name", "tf-dsb-" + suffix())
                .getString("StorageBundleId");
        String id = rpcPost(SGW, "CreateGateway", "StorageBundleId", bundle, "Type", "File", "Location", "Cloud",
                "Name", "tf-dsgw-" + suffix(), "PostPaid", false).getString("GatewayId");

        JsonObject page = rpcPost(SGW, "DescribeGateways", "StorageBundleId", bundle, "PageSize", 50, "PageNumber", 1);
        assertEquals(1, page.getInt("TotalCount"));
        JsonObject gateway = page.getJsonObject("Gateways").getJsonArray("Gateway").getJsonObject(0);
        assertEquals(id, gateway.getString("GatewayId"));
        assertEquals(false, gateway.getBoolean("IsPostPaid"));
        assertEquals("Running", gateway.getString("Status"));
        for (String number : new String[] {"ExpireStatus", "PublicNetworkBandwidth", "ActivatedTime", "ExpiredTime",
                "CreatedTime"}) {
            assertEquals(JsonValue.ValueType.NUMBER, gateway.get(number).getValueType(), number);
        }
        for (String text : new String[] {"BuyURL", "Category", "Description", "EcsInstanceId", "GatewayClass", "Name",
                "GatewayVersion", "InnerIp", "Ip", "Location", "RenewURL", "StorageBundleId", "TaskId", "Type",
                "VSwitchId", "VpcId"}) {
            assertEquals(JsonValue.ValueType.STRING, gateway.get(text).getValueType(), text);
        }
        assertEquals(JsonValue.ValueType.FALSE, gateway.get("IsReleaseAfterExpiration").getValueType());
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

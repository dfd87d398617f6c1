package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The vendor's own Java client, aliyun-java-sdk-core's CommonRequest, pointed at this server over plain HTTP. It signs
 * every request with signature v1 and the README's demo key ({@code DEMO_ACCESS_KEY_ID} / {@code DEMO_ACCESS_KEY_SECRET}
 * of the server, at their defaults).
 */
class SgwSdkIT {

    private static final String DEMO_ACCESS_KEY_ID = "demo-access-key";
    private static final String DEMO_ACCESS_KEY_SECRET = "demo-access-secret";

    private final IAcsClient client = new DefaultAcsClient(
            DefaultProfile.getProfile("cn-shanghai", DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET));

    @Test
    void the_sdk_creates_a_user_polls_its_task_lists_it_and_deletes_it() throws Exception {
        String bundle = call("CreateStorageBundle", "StorageBundleName", "sdk" + suffix(), "BackendBucketRegionId", "cn-shanghai")
                .getString("StorageBundleId");
        String gateway = call("CreateGateway", "StorageBundleId", bundle, "Name", "sdkgw" + suffix(), "Type", "File",
                "Location", "Cloud").getString("GatewayId");

        String task = call("CreateGatewaySMBUser", "GatewayId", gateway, "Username", "sdkuser", "Password", "Secr3t!")
                .getString("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, task));
        JsonObject users = call("DescribeGatewaySMBUsers", "GatewayId", gateway);
        assertEquals("sdkuser", users.getJsonObject("Users").getJsonArray("User").getJsonObject(0).getString("Username"));

        String deletion = call("DeleteGatewaySMBUser", "GatewayId", gateway, "Username", "sdkuser").getString("TaskId");
        assertEquals("task.state.completed", awaitTask(gateway, deletion));
        assertEquals(0, call("DescribeGatewaySMBUsers", "GatewayId", gateway).getInt("TotalCount"));
    }

    @Test
    void the_sdk_raises_the_vendor_code_of_a_refusal_as_a_client_exception() {
        ClientException refused = assertThrows(ClientException.class,
                () -> call("CreateGatewaySMBUser", "GatewayId", "gw-00000000000000000000", "Username", "x", "Password", "y"));
        assertEquals("GatewayNotExist", refused.getErrCode());
        assertTrue(refused.getRequestId() != null && !refused.getRequestId().isBlank());
    }

    @Test
    void the_sdk_recognises_a_wrong_secret_from_the_string_to_sign_the_server_echoes() {
        IAcsClient wrongSecret = new DefaultAcsClient(
                DefaultProfile.getProfile("cn-shanghai", DEMO_ACCESS_KEY_ID, "not-the-demo-secret"));

        // A typed request, as the product SDKs send them: the SDK checks the echoed StringToSign on this path
        // (getAcsResponse), raising its own code only when the text after "is:" equals the one it computed.
        ClientException refused = assertThrows(ClientException.class,
                () -> wrongSecret.getAcsResponse(new DescribeStorageBundlesRequest()));

        assertEquals("SDK.InvalidAccessKeySecret", refused.getErrCode(), refused.getErrMsg());
    }

    /** What a product SDK's generated request class is: an RpcAcsRequest of one action and its response type. */
    static final class DescribeStorageBundlesRequest extends com.aliyuncs.RpcAcsRequest<DescribeStorageBundlesResponse> {

        DescribeStorageBundlesRequest() {
            super("hcs-sgw", "2018-05-11", "DescribeStorageBundles");
            setSysMethod(MethodType.POST);
            setSysProtocol(ProtocolType.HTTP);
            setSysProductDomain(new com.aliyuncs.regions.ProductDomain("hcs-sgw",
                    "localhost:" + System.getProperty("http.port", "9080")));
            putQueryParameter("PageSize", "10");
        }

        @Override
        public Class<DescribeStorageBundlesResponse> getResponseClass() {
            return DescribeStorageBundlesResponse.class;
        }
    }

    public static final class DescribeStorageBundlesResponse extends com.aliyuncs.AcsResponse {

        @Override
        public com.aliyuncs.AcsResponse getInstance(com.aliyuncs.transform.UnmarshallerContext context) {
            return this;
        }
    }

    @Test
    void the_sdk_raises_an_unknown_key_as_a_client_exception() {
        IAcsClient stranger = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai", "no-such-key", "whatever"));

        ClientException refused = assertThrows(ClientException.class, () -> call(stranger, "DescribeStorageBundles"));

        assertEquals("InvalidAccessKeyId.NotFound", refused.getErrCode());
    }

    private String awaitTask(String gateway, String task) throws Exception {
        for (int i = 0; i < 300; i++) {
            String state = call("DescribeTasks", "TargetId", gateway, "TaskId", task).getJsonObject("Tasks")
                    .getJsonArray("SimpleTask").getJsonObject(0).getString("StateCode");
            if (!state.equals("task.state.Initialized") && !state.equals("task.state.Running")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("task " + task + " did not finish");
    }

    private JsonObject call(String action, String... namesAndValues) throws ClientException {
        return call(client, action, namesAndValues);
    }

    private static JsonObject call(IAcsClient client, String action, String... namesAndValues) throws ClientException {
        CommonRequest request = new CommonRequest();
        request.setSysMethod(MethodType.POST);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysDomain("localhost:" + System.getProperty("http.port", "9080"));
        request.setSysVersion(PopClient.SGW_VERSION);
        request.setSysAction(action);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.putQueryParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        CommonResponse response = client.getCommonResponse(request);
        try (var reader = Json.createReader(new StringReader(response.getData()))) {
            return reader.readObject();
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}

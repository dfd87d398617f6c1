package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A client user's whole life through the vendor's Java SDK (CommonRequest), against this server. */
class SmartagSdkIT {

    private final IAcsClient client = new DefaultAcsClient(
            DefaultProfile.getProfile(SmartagClientUsersIT.REGION, "demo-access-key", "demo-access-secret"));

    @Test
    void the_sdk_runs_a_client_user_from_create_to_delete() throws Exception {
        String sag = call("CreateSmartAccessGatewaySoftware", "UserCount", "5", "CidrBlock", "10.40.0.0/24").getString("SmartAGId");

        JsonObject created = call("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "sdk.user1",
                "Password", "Passw0rd_1", "UserMail", "sdk@example.com", "Bandwidth", "300");
        assertEquals("sdk.user1", created.getString("UserName"));
        assertTrue(created.getString("ClientIp").startsWith("10.40.0."));

        assertEquals(1, call("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag).getInt("TotalCount"));
        assertEquals(600, call("ModifySmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "sdk.user1", "Bandwidth", "600")
                .getInt("Bandwidth"));
        call("ResetSmartAccessGatewayClientUserPassword", "SmartAGId", sag, "UserName", "sdk.user1", "Password", "Newpass_22");
        call("DisableSmartAccessGatewayUser", "SmartAGId", sag, "UserName", "sdk.user1");
        call("EnableSmartAccessGatewayUser", "SmartAGId", sag, "UserName", "sdk.user1");
        call("DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "sdk.user1");
        assertEquals(0, call("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag).getInt("TotalCount"));

        ClientException refused = assertThrows(ClientException.class,
                () -> call("DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "sdk.user1"));
        assertEquals("ClientUser.UserNotExist", refused.getErrCode());
    }

    /**
     * {@code DeleteSmartAccessGateway} as the Go SDK's {@code services/smartag/delete_smart_access_gateway.go} sends it
     * (POST, {@code InstanceId}, {@code RegionId}): refused while the instance holds a client user, which stays; once
     * the user is deleted the instance goes, and naming it again is {@code SAG.InstanceNoFound}.
     */
    @Test
    void the_sdk_deletes_an_instance_once_its_client_users_are_gone() throws Exception {
        String sag = call("CreateSmartAccessGatewaySoftware", "UserCount", "5", "CidrBlock", "10.41.0.0/24").getString("SmartAGId");
        call("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "sdk.user2", "Password", "Passw0rd_1",
                "UserMail", "sdk2@example.com");

        ClientException inUse = assertThrows(ClientException.class, () -> call("DeleteSmartAccessGateway", "InstanceId", sag));
        assertEquals("SAG.InstanceInUse", inUse.getErrCode());
        assertEquals(1, call("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag).getInt("TotalCount"));

        call("DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "sdk.user2");
        assertTrue(call("DeleteSmartAccessGateway", "InstanceId", sag).containsKey("RequestId"));

        ClientException gone = assertThrows(ClientException.class, () -> call("DeleteSmartAccessGateway", "InstanceId", sag));
        assertEquals("SAG.InstanceNoFound", gone.getErrCode());
        ClientException described = assertThrows(ClientException.class,
                () -> call("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag));
        assertEquals("SAG.InstanceNoFound", described.getErrCode());
        ClientException missing = assertThrows(ClientException.class, () -> call("DeleteSmartAccessGateway"));
        assertEquals("MissingParameter", missing.getErrCode());
    }

    private JsonObject call(String action, String... namesAndValues) throws ClientException {
        CommonRequest request = new CommonRequest();
        request.setSysMethod(MethodType.POST);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysDomain("localhost:" + System.getProperty("http.port", "9080"));
        request.setSysVersion(SmartagClientUsersIT.VERSION);
        request.setSysAction(action);
        request.putQueryParameter("RegionId", SmartagClientUsersIT.REGION);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.putQueryParameter(namesAndValues[i], namesAndValues[i + 1]);
        }
        try (var reader = Json.createReader(new StringReader(client.getCommonResponse(request).getData()))) {
            return reader.readObject();
        }
    }
}

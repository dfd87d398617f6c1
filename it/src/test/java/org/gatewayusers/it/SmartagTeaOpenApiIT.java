package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * smartag through {@code com.aliyun:tea-openapi}, the core of the generated {@code smartag20180313} SDKs, with its
 * default signature (v3): a client user from create to delete, and refusals as the SDK's {@code TeaException}.
 */
class SmartagTeaOpenApiIT {

    private static final String REGION = SmartagClientUsersIT.REGION;

    private final TeaOpenApi sdk = TeaOpenApi.demo();

    @Test
    void the_sdk_runs_a_client_user_from_create_to_delete_with_signature_v3() throws Exception {
        String sag = (String) sdk.smartag("CreateSmartAccessGatewaySoftware", "RegionId", REGION, "UserCount", 5,
                "CidrBlock", "10.41.0.0/24").get("SmartAGId");

        Map<String, Object> created = sdk.smartag("CreateSmartAccessGatewayClientUser", "RegionId", REGION,
                "SmartAGId", sag, "UserName", "tea.user1", "Password", "Passw0rd_1", "UserMail", "tea@example.com",
                "Bandwidth", 300);
        assertEquals("tea.user1", created.get("UserName"));
        assertTrue(((String) created.get("ClientIp")).startsWith("10.41.0."), created.toString());

        Map<String, Object> listed = sdk.smartag("DescribeSmartAccessGatewayClientUsers", "RegionId", REGION, "SmartAGId", sag);
        assertEquals(1, ((Number) listed.get("TotalCount")).intValue());

        Map<String, Object> modified = sdk.smartag("ModifySmartAccessGatewayClientUser", "RegionId", REGION,
                "SmartAGId", sag, "UserName", "tea.user1", "Bandwidth", 600);
        assertEquals(600, ((Number) modified.get("Bandwidth")).intValue());
        sdk.smartag("ResetSmartAccessGatewayClientUserPassword", "RegionId", REGION, "SmartAGId", sag,
                "UserName", "tea.user1", "Password", "Newpass_22");

        sdk.smartag("DeleteSmartAccessGatewayClientUser", "RegionId", REGION, "SmartAGId", sag, "UserName", "tea.user1");
        assertEquals(0, ((Number) sdk.smartag("DescribeSmartAccessGatewayClientUsers", "RegionId", REGION,
                "SmartAGId", sag).get("TotalCount")).intValue());

        TeaException gone = assertThrows(TeaException.class, () -> sdk.smartag("DeleteSmartAccessGatewayClientUser",
                "RegionId", REGION, "SmartAGId", sag, "UserName", "tea.user1"));
        assertEquals("ClientUser.UserNotExist", gone.getCode());
    }

    @Test
    void the_sdk_parameter_names_email_and_page_no_are_read_and_a_gone_user_is_not_found() throws Exception {
        String sag = (String) sdk.smartag("CreateSmartAccessGatewaySoftware", "RegionId", REGION, "UserCount", 5,
                "CidrBlock", "10.42.0.0/24").get("SmartAGId");
        for (String name : new String[] {"page.user1", "page.user2", "page.user3"}) {
            sdk.smartag("CreateSmartAccessGatewayClientUser", "RegionId", REGION, "SmartAGId", sag, "UserName", name,
                    "Password", "Passw0rd_1", "UserMail", "old@example.com", "Bandwidth", 300);
        }

        // ModifySmartAccessGatewayClientUser as the Java and Python SDKs name the address
        Map<String, Object> modified = sdk.smartag("ModifySmartAccessGatewayClientUser", "RegionId", REGION,
                "SmartAGId", sag, "UserName", "page.user1", "Email", "new@example.com");
        assertEquals("new@example.com", modified.get("UserMail"));

        // PageNo, as older SDKs page
        Map<String, Object> second = sdk.smartag("DescribeSmartAccessGatewayClientUsers", "RegionId", REGION,
                "SmartAGId", sag, "PageNo", 2, "PageSize", 2);
        assertEquals(2, ((Number) second.get("PageNumber")).intValue());
        assertEquals(1, TeaOpenApi.list(second, "Users", "User").size(), second.toString());

        sdk.smartag("DeleteSmartAccessGatewayClientUser", "RegionId", REGION, "SmartAGId", sag, "UserName", "page.user2");
        for (String action : new String[] {"ModifySmartAccessGatewayClientUser", "ResetSmartAccessGatewayClientUserPassword"}) {
            TeaException gone = assertThrows(TeaException.class, () -> sdk.smartag(action, "RegionId", REGION,
                    "SmartAGId", sag, "UserName", "page.user2", "Bandwidth", 100, "Password", "Newpass_22"));
            assertEquals("ClientUser.UserNotExist", gone.getCode(), action);
        }
    }
}

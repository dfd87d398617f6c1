package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** Smart Access Gateway client users over the RPC protocol: every action, both formats, addresses and quotas. */
class SmartagClientUsersIT {

    static final String VERSION = "2018-03-13";
    static final String REGION = "cn-shanghai";

    private final PopClient pop = new PopClient();

    @Test
    void creates_lists_modifies_resets_disables_enables_and_deletes_a_client_user() {
        String sag = instance(10, "10.10.0.0/24", false);

        JsonObject created = ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "alice.doe",
                "Password", "Passw0rd_1", "UserMail", "alice@example.com", "Bandwidth", "500");
        assertEquals("alice.doe", created.getString("UserName"));
        assertEquals(500, created.getInt("Bandwidth"));
        assertTrue(created.getString("ClientIp").startsWith("10.10.0."), created.toString());
        assertFalse(created.containsKey("Password"), "a given password is never echoed");

        JsonObject listed = ok("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag);
        assertEquals(1, listed.getInt("TotalCount"));
        JsonObject user = listed.getJsonObject("Users").getJsonArray("User").getJsonObject(0);
        assertEquals("alice@example.com", user.getString("UserMail"));
        assertEquals(0, user.getInt("State"));

        assertEquals(800, ok("ModifySmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "alice.doe", "Bandwidth", "800")
                .getInt("Bandwidth"));
        JsonObject reset = ok("ResetSmartAccessGatewayClientUserPassword", "SmartAGId", sag, "UserName", "alice.doe");
        assertTrue(reset.getString("Password").length() >= 8, "a generated password is returned once");
        assertFalse(ok("ResetSmartAccessGatewayClientUserPassword", "SmartAGId", sag, "UserName", "alice.doe",
                "Password", "Other_pass9").containsKey("Password"));

        ok("DisableSmartAccessGatewayUser", "SmartAGId", sag, "UserName", "alice.doe");
        assertEquals(1, onlyUser(sag).getInt("State"));
        ok("EnableSmartAccessGatewayUser", "SmartAGId", sag, "UserName", "alice.doe");
        assertEquals(0, onlyUser(sag).getInt("State"));

        ok("DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "alice.doe");
        assertEquals(0, ok("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag).getInt("TotalCount"));
    }

    @Test
    void generates_name_and_password_when_neither_is_given_and_the_mail_becomes_the_name() {
        String sag = instance(10, "10.11.0.0/24", false);
        JsonObject created = ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserMail", "bob.smith@example.com");
        assertEquals("bob.smith@example.com", created.getString("UserName"));
        assertTrue(created.getString("Password").length() >= 8);
        assertEquals(2000, created.getInt("Bandwidth"), "the default bandwidth");
        assertFalse(onlyUser(sag).containsKey("Password"), "the generated password is shown once only");
    }

    @Test
    void answers_in_xml_by_default() {
        String sag = instance(10, "10.12.0.0/24", false);
        Map<String, String> parameters = parameters("CreateSmartAccessGatewayClientUser", "SmartAGId", sag,
                "UserName", "xmluser1", "Password", "Passw0rd_1", "UserMail", "x@example.com");
        parameters.remove("Format");
        Document xml = pop.get(parameters).xml();
        assertEquals("CreateSmartAccessGatewayClientUserResponse", xml.getDocumentElement().getTagName());
        assertEquals("xmluser1", xml.getElementsByTagName("UserName").item(0).getTextContent());
        assertEquals(1, xml.getElementsByTagName("RequestId").getLength());
    }

    @Test
    void a_static_ip_instance_requires_a_free_private_address_inside_its_block() {
        String sag = instance(10, "192.168.50.0/24", true);
        error("ClientUser.IpEmpty", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "static01",
                "Password", "Passw0rd_1", "UserMail", "s@example.com");
        error("ClientUser.IpInvalid", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "static01",
                "Password", "Passw0rd_1", "UserMail", "s@example.com", "ClientIp", "8.8.8.8");
        error("ClientUser.InvalidClientIp", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "static01",
                "Password", "Passw0rd_1", "UserMail", "s@example.com", "ClientIp", "192.168.51.7");
        assertEquals("192.168.50.7", ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "static01",
                "Password", "Passw0rd_1", "UserMail", "s@example.com", "ClientIp", "192.168.50.7").getString("ClientIp"));
        error("ClientUser.InvalidClientIp", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "static02",
                "Password", "Passw0rd_1", "UserMail", "t@example.com", "ClientIp", "192.168.50.7");
        assertEquals(1, onlyUser(sag).getInt("IsStaticIp"));
    }

    @Test
    void an_instance_without_a_cidr_block_refuses_users() {
        String sag = instance(10, null, false);
        error("SAG.CidrEmpty", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "nocidr1",
                "Password", "Passw0rd_1", "UserMail", "n@example.com");
    }

    @Test
    void exactly_the_quota_succeeds_under_concurrent_creates_with_distinct_addresses() throws Exception {
        int quota = 5;
        String sag = instance(quota, "10.20.0.0/28", false);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<PopClient.Answer>> answers = IntStream.range(0, 16)
                    .mapToObj(i -> clients.submit(() -> pop.get(parameters("CreateSmartAccessGatewayClientUser", "SmartAGId", sag,
                            "UserName", "racer" + String.format("%03d", i), "Password", "Passw0rd_1",
                            "UserMail", "r" + i + "@example.com"))))
                    .toList();
            int created = 0;
            int refused = 0;
            for (Future<PopClient.Answer> answer : answers) {
                PopClient.Answer a = answer.get();
                if (a.status() == 200) {
                    created++;
                } else {
                    assertEquals("ClientUser.UserOverLimit", a.json().getString("Code"), a.body());
                    refused++;
                }
            }
            assertEquals(quota, created);
            assertEquals(16 - quota, refused);
        } finally {
            clients.shutdownNow();
        }
        Set<String> addresses = new HashSet<>();
        ok("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag, "PageSize", "50").getJsonObject("Users").getJsonArray("User")
                .getValuesAs(JsonObject.class).forEach(user -> addresses.add(user.getString("ClientIp")));
        assertEquals(quota, addresses.size(), "no two users share an address: " + addresses);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name of 6 characters      | UserName=short6    | Password=Passw0rd_1  | UserMail=a@example.com | ClientUser.NameInvalid",
            "name starting with _      | UserName=_abcdefg  | Password=Passw0rd_1  | UserMail=a@example.com | ClientUser.NameInvalid",
            "password of 7 characters  | UserName=abcdefgh  | Password=Passw0r     | UserMail=a@example.com | ClientUser.PasswordInvalid",
            "password with a dot       | UserName=abcdefgh  | Password=Passw0rd.1  | UserMail=a@example.com | ClientUser.PasswordInvalid",
            "name without password     | UserName=abcdefgh  | Password=            | UserMail=a@example.com | ClientUser.PasswordInvalid",
            "password without name     | UserName=          | Password=Passw0rd_1  | UserMail=a@example.com | ClientUser.NameEmpty",
            "no mail                   | UserName=abcdefgh  | Password=Passw0rd_1  | UserMail=              | ClientUser.EmailEmpty",
            "bad mail                  | UserName=abcdefgh  | Password=Passw0rd_1  | UserMail=not-a-mail    | ClientUser.EmailInvalid",
    })
    void refuses_a_bad_user_with_the_vendor_code(String why, String name, String password, String mail, String code) {
        String sag = instance(10, "10.30.0.0/24", false);
        error(code, "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", value(name), "Password", value(password),
                "UserMail", value(mail));
    }

    @Test
    void refuses_bandwidth_outside_the_instances_policy_and_honours_a_pinned_ceiling() {
        String sag = instance(10, "10.31.0.0/24", false);
        error("ClientUser.BandwidthInvalid", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "bandwidth1",
                "Password", "Passw0rd_1", "UserMail", "b@example.com", "Bandwidth", "20001");
        ok("ModifySmartAccessGatewayClientPolicy", "SmartAGId", sag, "MaxBandwidth", "2000", "DefaultBandwidth", "2000");
        error("ClientUser.BandwidthInvalid", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "bandwidth1",
                "Password", "Passw0rd_1", "UserMail", "b@example.com", "Bandwidth", "2001");
        assertEquals(2000, ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "bandwidth1",
                "Password", "Passw0rd_1", "UserMail", "b@example.com", "Bandwidth", "2000").getInt("Bandwidth"));
    }

    @Test
    void refuses_a_second_user_of_one_name_a_missing_and_an_unknown_instance_and_a_wrong_region() {
        String sag = instance(10, "10.32.0.0/24", false);
        ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "dupname1", "Password", "Passw0rd_1",
                "UserMail", "d@example.com");
        error("ClientUser.UserExist", "CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "dupname1",
                "Password", "Passw0rd_1", "UserMail", "e@example.com");
        error("SAG.InstanceIdEmpty", "DescribeSmartAccessGatewayClientUsers");
        error("SAG.InstanceNoFound", "DescribeSmartAccessGatewayClientUsers", "SmartAGId", "sag-doesnotexist0000");
        Map<String, String> otherRegion = parameters("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag);
        otherRegion.put("RegionId", "cn-beijing");
        assertEquals(400, pop.get(otherRegion).status());
    }

    @Test
    void deleting_a_user_frees_its_address() {
        String sag = instance(10, "192.168.60.0/24", true);
        ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "freeme01", "Password", "Passw0rd_1",
                "UserMail", "f@example.com", "ClientIp", "192.168.60.20");
        ok("DeleteSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "freeme01");
        assertEquals("192.168.60.20", ok("CreateSmartAccessGatewayClientUser", "SmartAGId", sag, "UserName", "freeme02",
                "Password", "Passw0rd_1", "UserMail", "g@example.com", "ClientIp", "192.168.60.20").getString("ClientIp"));
    }

    private String instance(int userCount, String cidr, boolean staticIp) {
        Map<String, String> parameters = parameters("CreateSmartAccessGatewaySoftware", "UserCount", String.valueOf(userCount),
                "StaticIpMode", String.valueOf(staticIp));
        if (cidr != null) {
            parameters.put("CidrBlock", cidr);
        }
        PopClient.Answer answer = pop.get(parameters);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getString("SmartAGId");
    }

    private JsonObject onlyUser(String sag) {
        return ok("DescribeSmartAccessGatewayClientUsers", "SmartAGId", sag).getJsonObject("Users").getJsonArray("User")
                .getJsonObject(0);
    }

    private JsonObject ok(String action, String... namesAndValues) {
        PopClient.Answer answer = pop.get(parameters(action, namesAndValues));
        assertEquals(200, answer.status(), answer.body());
        JsonObject body = answer.json();
        assertFalse(body.getString("RequestId").isBlank());
        return body;
    }

    private void error(String code, String action, String... namesAndValues) {
        PopClient.Answer answer = pop.get(parameters(action, namesAndValues));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(code, answer.json().getString("Code"), answer.body());
    }

    static Map<String, String> parameters(String action, String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("Version", VERSION);
        parameters.put("Format", "JSON");
        parameters.put("RegionId", REGION);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static String value(String nameIsValue) {
        return nameIsValue.substring(nameIsValue.indexOf('=') + 1);
    }
}

package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a new CIFS server brings, as on ONTAP: the disabled local Administrator (RID 500) and the BUILTIN groups with
 * their well-known SIDs, Administrator a member of {@code BUILTIN\Administrators}, seen from both sides.
 */
class CifsServerDefaultsIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void a_new_cifs_server_brings_the_disabled_local_administrator_with_rid_500() {
        String svm = ontap.newSvmWithCifsServer("DEF1");

        List<JsonObject> users = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=**");
        assertEquals(1, users.size(), users::toString);
        JsonObject administrator = users.get(0);
        assertEquals("DEF1\\Administrator", administrator.getString("name"));
        assertTrue(administrator.getString("sid").matches("S-1-5-21-\\d+-\\d+-\\d+-500"), administrator::toString);
        assertTrue(administrator.getBoolean("account_disabled"));
        assertEquals(svm, administrator.getJsonObject("svm").getString("uuid"));

        List<JsonObject> membership = administrator.getJsonArray("membership").getValuesAs(JsonObject.class);
        assertEquals(1, membership.size(), membership::toString);
        assertEquals("BUILTIN\\Administrators", membership.get(0).getString("name"));
        assertEquals("S-1-5-32-544", membership.get(0).getString("sid"));

        JsonObject read = ontap.getJson(userPath(svm, administrator.getString("sid")));
        assertEquals("DEF1\\Administrator", read.getString("name"));
    }

    @Test
    void a_new_cifs_server_brings_the_five_builtin_groups_with_their_well_known_sids() {
        String svm = ontap.newSvmWithCifsServer("DEF2");

        Map<String, String> bySid = new TreeMap<>();
        for (JsonObject group : ontap.records(LOCAL_GROUPS + "?svm.uuid=" + svm + "&fields=name")) {
            bySid.put(group.getString("sid"), group.getString("name"));
        }
        assertEquals(Map.of(
                "S-1-5-32-544", "BUILTIN\\Administrators",
                "S-1-5-32-545", "BUILTIN\\Users",
                "S-1-5-32-546", "BUILTIN\\Guests",
                "S-1-5-32-547", "BUILTIN\\Power Users",
                "S-1-5-32-551", "BUILTIN\\Backup Operators"), bySid);

        for (Map.Entry<String, String> builtin : bySid.entrySet()) {
            JsonObject group = ontap.getJson(groupPath(svm, builtin.getKey()));
            assertEquals(builtin.getValue(), group.getString("name"));
            assertEquals(svm, group.getJsonObject("svm").getString("uuid"));
        }
    }

    @Test
    void the_administrator_is_a_member_of_builtin_administrators_seen_from_the_group() {
        String svm = ontap.newSvmWithCifsServer("DEF3");

        List<JsonObject> members = ontap.records(groupPath(svm, "S-1-5-32-544") + "/members");
        assertEquals(1, members.size(), members::toString);
        assertEquals("DEF3\\Administrator", members.get(0).getString("name"));
        assertEquals("DEF3\\Administrator", ontap.getJson(groupPath(svm, "S-1-5-32-544") + "/members/DEF3%5CAdministrator")
                .getString("name"));

        List<String> inGroup = ontap.getJson(groupPath(svm, "S-1-5-32-544")).getJsonArray("members")
                .getValuesAs(JsonObject.class).stream().map(member -> member.getString("name")).toList();
        assertEquals(List.of("DEF3\\Administrator"), inGroup);

        for (String empty : List.of("S-1-5-32-545", "S-1-5-32-546", "S-1-5-32-547", "S-1-5-32-551")) {
            assertEquals(0, ontap.getJson(groupPath(svm, empty) + "/members").getInt("num_records"), empty);
        }
    }

    @Test
    void the_administrator_is_found_by_the_group_filter_on_membership() {
        String svm = ontap.newSvmWithCifsServer("DEF4");
        List<JsonObject> admins = ontap.records(LOCAL_USERS + "?svm.uuid=" + svm + "&membership.sid=S-1-5-32-544&fields=name");
        assertEquals(1, admins.size());
        assertEquals("DEF4\\Administrator", admins.get(0).getString("name"));
    }

    @Test
    void each_svm_has_its_own_administrator_and_builtin_groups() {
        String one = ontap.newSvmWithCifsServer("DEF5A");
        String other = ontap.newSvmWithCifsServer("DEF5B");

        String oneAdmin = ontap.records(LOCAL_USERS + "?svm.uuid=" + one + "&fields=name").get(0).getString("sid");
        String otherAdmin = ontap.records(LOCAL_USERS + "?svm.uuid=" + other + "&fields=name").get(0).getString("sid");
        assertTrue(!oneAdmin.equals(otherAdmin), "each SVM has its own machine SID");
        assertTrue(oneAdmin.endsWith("-500") && otherAdmin.endsWith("-500"));

        assertEquals(List.of("DEF5B\\Administrator"), ontap.records(groupPath(other, "S-1-5-32-544") + "/members")
                .stream().map(member -> member.getString("name")).toList());
    }

    @Test
    void local_users_and_groups_get_distinct_sids_of_the_svm_domain() {
        String svm = ontap.newSvmWithCifsServer("DEF6");
        String user = ontap.createUser(svm, "first");
        String group = ontap.createGroup(svm, "firstgroup");
        assertTrue(user.endsWith("-1000"), user);
        assertTrue(!group.equals(user), "a user and a group never share a SID");
        assertEquals(user.substring(0, user.lastIndexOf('-')), group.substring(0, group.lastIndexOf('-')),
                "users and groups of one SVM share its domain SID");
    }
}

package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_GROUPS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.groupPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Local groups and a group's members answered in the database (on H2 and, in the PostgreSQL pass, on PostgreSQL):
 * patterns on the whole name ({@code BUILTIN*}, {@code BUILTIN\*}), pages through {@code _links.next}, and
 * {@code num_records} alone.
 */
class LocalGroupQueriesIT {

    private final OntapClient ontap = new OntapClient();

    private List<String> names(String pathAndQuery) {
        return ontap.records(pathAndQuery).stream().map(record -> record.getString("name")).toList();
    }

    /** Every record, following {@code _links.next} from the first page. */
    private List<String> allPages(String firstPage) {
        List<String> names = new ArrayList<>();
        String next = firstPage;
        for (int page = 0; next != null && page < 100; page++) {
            JsonObject body = ontap.getJson(next);
            body.getJsonArray("records").getValuesAs(JsonObject.class).forEach(record -> names.add(record.getString("name")));
            JsonObject links = body.getJsonObject("_links");
            next = links != null && links.containsKey("next") ? links.getJsonObject("next").getString("href") : null;
        }
        return names;
    }

    @Test
    void finds_the_builtin_groups_by_a_pattern_on_the_whole_name() {
        String svm = ontap.newSvmWithCifsServer("GQRY1");
        ontap.createGroup(svm, "builders");
        List<String> builtin = List.of("BUILTIN\\Administrators", "BUILTIN\\Backup Operators", "BUILTIN\\Guests",
                "BUILTIN\\Power Users", "BUILTIN\\Users");

        assertEquals(builtin, names(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=BUILTIN*&order_by=name"));
        assertEquals(builtin, names(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=" + encode("BUILTIN\\*") + "&order_by=name"));
        assertEquals(List.of("GQRY1\\builders"), names(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=build*"));
        assertEquals(List.of("BUILTIN\\Users"), names(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=users"),
                "a name without a backslash compares with the short name");
        assertEquals(5, ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=builtin*&return_records=false")
                .getInt("num_records"));
        assertEquals(1, ontap.getJson(LOCAL_GROUPS + "?svm.uuid=" + svm + "&name=!BUILTIN*&return_records=false")
                .getInt("num_records"));
    }

    @Test
    void pages_groups_and_members_through_next_links() {
        String svm = ontap.newSvmWithCifsServer("GQRY2");
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "member" + i;
            ontap.createUser(svm, name);
            users.add("GQRY2\\" + name);
        }
        String sid = ontap.createGroup(svm, "crowd");
        String members = groupPath(svm, sid) + "/members";
        JsonArrayBuilder records = Json.createArrayBuilder();
        users.forEach(name -> records.add(Json.createObjectBuilder().add("name", name)));
        ontap.post(members, Json.createObjectBuilder().add("records", records).build()).assertStatus(201);

        List<String> groups = allPages(LOCAL_GROUPS + "?svm.uuid=" + svm + "&fields=name&max_records=2");
        assertEquals(6, groups.size(), "five BUILTIN groups and crowd, in pages of two: " + groups);
        assertTrue(groups.contains("GQRY2\\crowd"));

        assertEquals(users, allPages(members + "?max_records=3"));
        JsonObject firstPage = ontap.getJson(members + "?max_records=3");
        assertEquals(3, firstPage.getInt("num_records"));
        assertTrue(firstPage.getJsonObject("_links").containsKey("next"));
        JsonObject last = ontap.getJson(members + "?max_records=7");
        assertFalse(last.getJsonObject("_links").containsKey("next"), "no next link after the last member");
        assertEquals(List.of("GQRY2\\member6", "GQRY2\\member5"), names(members + "?order_by=name%20desc&max_records=2"));
        assertEquals(List.of("GQRY2\\member3"), names(members + "?name=member3"));
        assertEquals(7, ontap.getJson(members + "?return_records=false").getInt("num_records"));
        assertEquals(2, ontap.getJson(members + "?name=" + encode("member1|GQRY2\\member2") + "&return_records=false")
                .getInt("num_records"));
        assertEquals(List.of("GQRY2\\crowd"), names(LOCAL_GROUPS + "?svm.uuid=" + svm + "&members.name=member4"));

        JsonObject removed = ontap.delete(members + "?name=" + encode("member5|member6")).assertStatus(200).json();
        assertEquals(2, removed.getInt("num_records"));
        assertEquals(users.subList(0, 5), allPages(members + "?max_records=2"));
    }
}

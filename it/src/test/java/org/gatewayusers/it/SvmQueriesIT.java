package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.CIFS_SERVICES;
import static org.gatewayusers.it.OntapClient.SVMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The collections of SVMs, CIFS services and API accounts answer ONTAP's query language from the database: filters
 * on stored fields (any case for names), on the fields every record has the same value of, counts, orders and
 * {@code _links.next} pages.
 */
class SvmQueriesIT {

    private static final String ACCOUNTS = "/api/security/accounts";

    private final OntapClient ontap = new OntapClient();

    private static List<String> names(List<JsonObject> records) {
        return records.stream().map(record -> record.getString("name")).toList();
    }

    @Test
    void svms_are_found_by_name_in_any_case_and_by_their_cifs_server() {
        String prefix = OntapClient.uniqueName("q").toLowerCase(Locale.ROOT);
        String without = create(prefix + "_a");
        String uuid = ontap.newSvmWithCifsServer("QSMB" + prefix.substring(prefix.length() - 4).toUpperCase(Locale.ROOT));
        String with = ontap.svmName(uuid);

        assertEquals(List.of(without), names(ontap.records(SVMS + "?name=" + without.toUpperCase(Locale.ROOT))));
        assertEquals(List.of(without), names(ontap.records(SVMS + "?name=" + prefix + "*")));
        List<JsonObject> byServer = ontap.records(CIFS_SERVICES + "?svm.name=" + with.toUpperCase(Locale.ROOT));
        assertEquals(1, byServer.size());
        String server = byServer.get(0).getString("name");
        assertEquals(1, ontap.getJson(CIFS_SERVICES + "?name=" + server.toLowerCase(Locale.ROOT)
                + "&return_records=false").getInt("num_records"));
    }

    @Test
    void a_filter_on_a_field_every_svm_shares_keeps_all_or_none() {
        int all = ontap.getJson(SVMS + "?return_records=false").getInt("num_records");
        assertTrue(all >= 1);
        assertEquals(all, ontap.getJson(SVMS + "?state=running&language=C.UTF_8&return_records=false")
                .getInt("num_records"));
        assertEquals(0, ontap.getJson(SVMS + "?state=stopped&return_records=false").getInt("num_records"));
        assertEquals(0, ontap.records(SVMS + "?ipspace.name=!Default").size());
        assertEquals(all, ontap.records(SVMS + "?max_volumes=unlimited&order_by=state&max_records=10000").size());
        assertEquals(ontap.getJson(CIFS_SERVICES + "?return_records=false").getInt("num_records"),
                ontap.getJson(CIFS_SERVICES + "?enabled=true&return_records=false").getInt("num_records"));
    }

    @Test
    void svms_page_through_next_links_in_name_order_each_once() {
        String prefix = OntapClient.uniqueName("p").toLowerCase(Locale.ROOT);
        List<String> created = new ArrayList<>();
        for (String suffix : List.of("c", "A", "b", "E", "d")) {
            created.add(create(prefix + "_" + suffix));
        }
        List<String> seen = new ArrayList<>();
        String next = SVMS + "?name=" + prefix + "*&order_by=name&max_records=2&fields=name";
        int pages = 0;
        while (next != null) {
            JsonObject body = ontap.getJson(next);
            body.getJsonArray("records").getValuesAs(JsonObject.class).forEach(r -> seen.add(r.getString("name")));
            JsonObject links = body.getJsonObject("_links");
            next = links.containsKey("next") ? links.getJsonObject("next").getString("href") : null;
            pages++;
        }
        assertEquals(3, pages);
        List<String> expected = created.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(expected, seen);
    }

    @Test
    void accounts_are_found_by_name_role_and_lock_the_configured_ones_among_them() {
        String name = OntapClient.uniqueName("qacct").toLowerCase(Locale.ROOT);
        ontap.post(ACCOUNTS, Json.createObjectBuilder().add("name", name).add("password", "Blue-pass-1")
                .add("role", "readonly").build()).assertStatus(201);

        assertEquals(List.of(name), names(ontap.records(ACCOUNTS + "?name=" + name.toUpperCase(Locale.ROOT))));
        assertEquals(List.of("admin"), names(ontap.records(ACCOUNTS + "?name=admin&role.name=admin")));
        assertTrue(names(ontap.records(ACCOUNTS + "?role.name=readonly&max_records=10000")).contains(name));
        assertFalse(names(ontap.records(ACCOUNTS + "?locked=true&max_records=10000")).contains(name));
        ontap.patch(ACCOUNTS + "/" + ClusterUuid.VALUE + "/" + name, "{\"locked\": true}").assertStatus(200);
        assertTrue(names(ontap.records(ACCOUNTS + "?locked=true&max_records=10000")).contains(name));
        assertEquals(1, ontap.getJson(ACCOUNTS + "?name=" + name + "&scope=cluster&owner.name=*"
                + "&return_records=false").getInt("num_records"));
        assertEquals(0, ontap.getJson(ACCOUNTS + "?name=" + name + "&scope=svm&return_records=false")
                .getInt("num_records"));
        ontap.delete(ACCOUNTS + "/" + ClusterUuid.VALUE + "/" + name).assertStatus(200);
    }

    private String create(String name) {
        ontap.post(SVMS, Json.createObjectBuilder().add("name", name).build()).assertStatus(201);
        return name;
    }

    /** The cluster's UUID, which owns every account. */
    private static final class ClusterUuid {
        static final String VALUE = "1cd8a442-86d1-11e0-ae1c-123478563412";
    }
}

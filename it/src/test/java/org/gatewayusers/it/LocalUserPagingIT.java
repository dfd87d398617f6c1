package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.encode;
import static org.gatewayusers.it.OntapClient.shortName;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Paging through {@code _links.next} while users come and go between pages: the cursor is a key, not an offset,
 * so no user is returned twice and none that existed throughout is skipped.
 */
class LocalUserPagingIT {

    private final OntapClient ontap = new OntapClient();

    @Test
    void pages_in_the_default_order_survive_a_delete_behind_a_delete_ahead_and_an_insert() {
        String svm = ontap.newSvmWithCifsServer("PAGE1");
        Map<String, String> sids = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            sids.put("pg" + i, ontap.createUser(svm, "pg" + i));
        }

        JsonObject first = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=pg*&fields=name&max_records=3");
        List<String> seen = new ArrayList<>(shortNames(first));
        assertEquals(List.of("pg0", "pg1", "pg2"), seen, "the default order is by SID, which grows with each user");
        assertEquals(3, first.getInt("num_records"));

        ontap.delete(userPath(svm, sids.get("pg1"))).assertStatus(200); // already seen
        ontap.delete(userPath(svm, sids.get("pg5"))).assertStatus(200); // not seen yet
        ontap.createUser(svm, "pg7"); // sorts after every page so far

        List<JsonObject> pages = followNext(first, seen);

        assertEquals(List.of("pg0", "pg1", "pg2", "pg3", "pg4", "pg6", "pg7"), seen);
        assertEquals(2, pages.size(), "two more pages: pg3 pg4 pg6, then pg7");
        assertNoDuplicate(seen);
        assertTrue(seen.containsAll(List.of("pg0", "pg2", "pg3", "pg4", "pg6")), "every user that existed throughout");
        assertFalse(seen.contains("pg5"), "a user deleted before its page came is not returned");
    }

    @Test
    void pages_in_descending_name_order_survive_inserts_before_the_cursor_and_deletes_on_both_sides() {
        String svm = ontap.newSvmWithCifsServer("PAGE2");
        Map<String, String> sids = new HashMap<>();
        for (int i = 1; i <= 6; i++) {
            sids.put("m" + i, ontap.createUser(svm, "m" + i));
        }
        String query = LOCAL_USERS + "?svm.uuid=" + svm + "&name=m*&fields=name&max_records=2&order_by="
                + encode("name desc");

        JsonObject first = ontap.getJson(query);
        List<String> seen = new ArrayList<>(shortNames(first));
        assertEquals(List.of("m6", "m5"), seen);

        ontap.createUser(svm, "m9"); // before the cursor: an offset would shift and repeat m6
        ontap.createUser(svm, "m8");
        ontap.createUser(svm, "m0"); // after the cursor: returned on a later page
        ontap.delete(userPath(svm, sids.get("m5"))).assertStatus(200);
        ontap.delete(userPath(svm, sids.get("m2"))).assertStatus(200);

        List<JsonObject> pages = followNext(first, seen);

        assertEquals(List.of("m6", "m5", "m4", "m3", "m1", "m0"), seen);
        assertEquals(2, pages.size());
        assertNoDuplicate(seen);
        assertFalse(seen.contains("m9") || seen.contains("m8"), "users inserted before the cursor are not returned");
    }

    @Test
    void the_next_link_keeps_the_filters_and_fields_of_the_query_and_the_last_page_has_none() {
        String svm = ontap.newSvmWithCifsServer("PAGE3");
        for (int i = 0; i < 5; i++) {
            ontap.createUser(svm, "nx" + i);
        }
        ontap.createUser(svm, "other");

        JsonObject page = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&name=nx*&fields=full_name&max_records=2");
        Set<String> all = new LinkedHashSet<>();
        int pages = 0;
        while (true) {
            pages++;
            for (JsonObject record : page.getJsonArray("records").getValuesAs(JsonObject.class)) {
                assertTrue(all.add(shortName(record.getString("name"))), () -> "returned twice: " + record);
                assertTrue(record.containsKey("sid") && record.containsKey("svm"), record::toString);
                assertFalse(record.containsKey("account_disabled"), "the fields of the query: " + record);
            }
            JsonObject links = page.getJsonObject("_links");
            assertTrue(links.containsKey("self"), links::toString);
            if (!links.containsKey("next")) {
                break;
            }
            String next = links.getJsonObject("next").getString("href");
            assertTrue(next.startsWith(LOCAL_USERS + "?"), next);
            page = ontap.getJson(next);
        }
        assertEquals(Set.of("nx0", "nx1", "nx2", "nx3", "nx4"), all);
        assertEquals(3, pages);
    }

    @Test
    void a_cursor_of_one_order_is_refused_under_another() {
        String svm = ontap.newSvmWithCifsServer("PAGE4");
        for (int i = 0; i < 3; i++) {
            ontap.createUser(svm, "oc" + i);
        }
        String next = ontap.getJson(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&max_records=1")
                .getJsonObject("_links").getJsonObject("next").getString("href");
        String startKey = next.substring(next.indexOf("start.key="));

        JsonObject error = ontap.get(LOCAL_USERS + "?svm.uuid=" + svm + "&fields=name&max_records=1&order_by="
                + encode("name desc") + "&" + startKey).assertOntapError(400, "2");
        assertEquals("start.key", error.getString("target"));
    }

    /** Follows {@code _links.next} to the end, adding each page's names to {@code seen}; returns the pages. */
    private List<JsonObject> followNext(JsonObject page, List<String> seen) {
        List<JsonObject> pages = new ArrayList<>();
        JsonObject current = page;
        while (current.getJsonObject("_links").containsKey("next")) {
            current = ontap.getJson(current.getJsonObject("_links").getJsonObject("next").getString("href"));
            pages.add(current);
            seen.addAll(shortNames(current));
            assertTrue(pages.size() < 20, "the next links end");
        }
        return pages;
    }

    private static List<String> shortNames(JsonObject page) {
        return page.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .map(record -> shortName(record.getString("name"))).toList();
    }

    private static void assertNoDuplicate(List<String> names) {
        assertEquals(names.size(), new LinkedHashSet<>(names).size(), () -> "returned twice: " + names);
    }
}

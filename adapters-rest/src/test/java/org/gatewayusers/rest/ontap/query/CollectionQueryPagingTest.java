package org.gatewayusers.rest.ontap.query;

import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.LOCAL_USERS;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.aUser;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.assertProblem;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.params;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.query;
import static org.gatewayusers.rest.ontap.query.CollectionQueryFixtures.sids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewayusers.rest.ontap.errors.OntapProblem;
import org.gatewayusers.rest.ontap.resources.CollectionSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionQueryPagingTest {

    private static final Pattern START_KEY = Pattern.compile("[?&]start\\.key=([^&]*)");

    /** Users u2001 .. u2010 on one SVM, RIDs 2001 .. 2010, so that the default order is by RID. */
    private static List<JsonObject> tenUsers() {
        List<JsonObject> users = new ArrayList<>();
        for (int rid = 2001; rid <= 2010; rid++) {
            users.add(user(rid));
        }
        return users;
    }

    private static JsonObject user(int rid) {
        return aUser("u" + rid, rid).fullName(rid % 2 == 0 ? "even" : "odd").json();
    }

    private static String sid(int rid) {
        return aUser("u" + rid, rid).sid();
    }

    private static List<String> sidsOf(int... rids) {
        List<String> sids = new ArrayList<>();
        for (int rid : rids) {
            sids.add(sid(rid));
        }
        return sids;
    }

    /** What a client does with a next link: read its query back into decoded parameters. */
    private static Map<String, List<String>> queryOf(String href) {
        URI uri = URI.create(href);
        assertEquals(LOCAL_USERS, uri.getPath());
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.computeIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    name -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static CollectionQuery.Page follow(String href, List<JsonObject> records) {
        return CollectionQuery.parse(queryOf(href), CollectionSchemas.LOCAL_USERS).apply(records, LOCAL_USERS);
    }

    private static String startKey(String href) {
        Matcher matcher = START_KEY.matcher(href);
        assertTrue(matcher.find(), href);
        return matcher.group(1);
    }

    @Test
    void returns_every_record_when_max_records_is_absent() {
        CollectionQuery.Page page = query().apply(tenUsers(), LOCAL_USERS);

        assertEquals(10, page.numRecords());
        assertEquals(Optional.empty(), page.nextHref());
        assertEquals(OptionalInt.empty(), query().maxRecords());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1", "3", "9999", "10000", " 5 ", "007"})
    void accepts_a_max_records_from_1_to_10000(String value) {
        assertEquals(Integer.parseInt(value.trim()), query("max_records=" + value).maxRecords().getAsInt());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "-1", "10001", "99999999999", "", "ten", "1.5", "+5", "1e3", "0x10"})
    void rejects_any_other_max_records(String value) {
        OntapProblem problem = assertProblem(400, "2", "max_records", () -> query("max_records=" + value));

        assertTrue(problem.error().message().contains("10000"), problem.error().message());
    }

    @Test
    void caps_max_records_at_ten_thousand() {
        assertEquals(10_000, CollectionQuery.MAX_RECORDS_CAP);
    }

    @Test
    void returns_at_most_max_records_and_links_to_the_next_page() {
        CollectionQuery.Page page = query("max_records=3").apply(tenUsers(), LOCAL_USERS);

        assertEquals(sidsOf(2001, 2002, 2003), sids(page));
        assertEquals(3, page.numRecords());
        String next = page.nextHref().orElseThrow();
        assertTrue(next.startsWith(LOCAL_USERS + "?max_records=3&start.key="), next);
        assertTrue(startKey(next).matches("[A-Za-z0-9_-]+"), next);
        assertEquals(next, CollectionQueryFixtures.parse(page.body()).getJsonObject("_links").getJsonObject("next")
                .getString("href"));
    }

    @Test
    void gives_no_next_link_when_the_page_holds_the_last_record() {
        assertEquals(Optional.empty(), query("max_records=10").apply(tenUsers(), LOCAL_USERS).nextHref());
        assertEquals(Optional.empty(), query("max_records=11").apply(tenUsers(), LOCAL_USERS).nextHref());
        assertTrue(query("max_records=9").apply(tenUsers(), LOCAL_USERS).nextHref().isPresent());
    }

    @Test
    void walks_every_page_to_the_end_without_skipping_or_repeating() {
        List<JsonObject> users = tenUsers();
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        CollectionQuery.Page page = query("max_records=4").apply(users, LOCAL_USERS);
        sizes.add(page.numRecords());
        seen.addAll(sids(page));
        while (page.nextHref().isPresent()) {
            page = follow(page.nextHref().get(), users);
            sizes.add(page.numRecords());
            seen.addAll(sids(page));
        }

        assertEquals(List.of(4, 4, 2), sizes);
        assertEquals(sids(query().apply(users, LOCAL_USERS)), seen);
    }

    @Test
    void keeps_the_filters_fields_order_and_max_records_in_the_next_link() {
        List<JsonObject> users = tenUsers();
        CollectionQuery.Page first = query("full_name=even|odd", "fields=name,sid", "order_by=name desc",
                "max_records=2", "return_timeout=15").apply(users, LOCAL_USERS);

        Map<String, List<String>> next = queryOf(first.nextHref().orElseThrow());

        assertEquals(List.of("even|odd"), next.get("full_name"));
        assertEquals(List.of("name,sid"), next.get("fields"));
        assertEquals(List.of("name desc"), next.get("order_by"));
        assertEquals(List.of("2"), next.get("max_records"));
        assertEquals(List.of("15"), next.get("return_timeout"));
        assertEquals(1, next.get("start.key").size());
    }

    @Test
    void pages_in_the_order_asked_with_a_filter() {
        List<JsonObject> users = tenUsers();
        CollectionQuery.Page first = query("full_name=even", "order_by=name desc", "max_records=2")
                .apply(users, LOCAL_USERS);
        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);
        CollectionQuery.Page third = follow(second.nextHref().orElseThrow(), users);

        assertEquals(sidsOf(2010, 2008), sids(first));
        assertEquals(sidsOf(2006, 2004), sids(second));
        assertEquals(sidsOf(2002), sids(third));
        assertEquals(Optional.empty(), third.nextHref());
    }

    @Test
    void replaces_the_cursor_of_the_request_and_drops_other_start_parameters() {
        List<JsonObject> users = tenUsers();
        String second = query("max_records=3").apply(users, LOCAL_USERS).nextHref().orElseThrow();
        Map<String, List<String>> request = queryOf(second);
        request.put("start.uuid", List.of("ignored"));

        CollectionQuery.Page page = CollectionQuery.parse(request, CollectionSchemas.LOCAL_USERS).apply(users, LOCAL_USERS);

        assertEquals(sidsOf(2004, 2005, 2006), sids(page));
        assertTrue(page.selfHref().contains("start.uuid=ignored"), page.selfHref());
        assertTrue(page.selfHref().contains("start.key=" + startKey(second)), page.selfHref());
        String third = page.nextHref().orElseThrow();
        assertFalse(third.contains("start.uuid"), third);
        assertFalse(third.contains(startKey(second)), third);
        assertEquals(1, queryOf(third).get("start.key").size());
    }

    @Test
    void pages_by_keyset_across_a_delete_and_an_insert() {
        List<JsonObject> users = new ArrayList<>(tenUsers());
        CollectionQuery.Page first = query("max_records=3").apply(users, LOCAL_USERS);
        assertEquals(sidsOf(2001, 2002, 2003), sids(first));

        // Between the pages: a record of page 1 goes, and two records that sort before the cursor arrive.
        users.removeIf(user -> user.getString("sid").equals(sid(2002)));
        users.add(user(1500));
        users.add(user(1600));
        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);

        // An offset of 3 would give 2003, 2004, 2005 and repeat 2003.
        assertEquals(sidsOf(2004, 2005, 2006), sids(second));
    }

    @Test
    void pages_by_keyset_across_a_delete_before_the_cursor() {
        List<JsonObject> users = new ArrayList<>(tenUsers());
        CollectionQuery.Page first = query("max_records=3").apply(users, LOCAL_USERS);

        users.removeIf(user -> user.getString("sid").equals(sid(2001)) || user.getString("sid").equals(sid(2002)));
        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);

        // An offset of 3 would give 2006, 2007, 2008 and skip 2004 and 2005.
        assertEquals(sidsOf(2004, 2005, 2006), sids(second));
    }

    @Test
    void pages_by_keyset_when_the_last_record_of_the_page_is_deleted() {
        List<JsonObject> users = new ArrayList<>(tenUsers());
        CollectionQuery.Page first = query("max_records=3").apply(users, LOCAL_USERS);

        users.removeIf(user -> user.getString("sid").equals(sid(2003)));
        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);

        assertEquals(sidsOf(2004, 2005, 2006), sids(second));
    }

    @Test
    void shows_a_record_inserted_after_the_cursor_on_a_later_page() {
        List<JsonObject> users = new ArrayList<>(tenUsers());
        users.removeIf(user -> user.getString("sid").equals(sid(2005)));
        CollectionQuery.Page first = query("max_records=3").apply(users, LOCAL_USERS);

        users.add(user(2005));
        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);

        assertEquals(sidsOf(2004, 2005, 2006), sids(second));
    }

    @Test
    void pages_by_keyset_across_ties_of_the_field_ordered_by() {
        // Five "even" and five "odd" full names: the unique key breaks the ties, so no page boundary loses a record.
        List<JsonObject> users = new ArrayList<>(tenUsers());
        CollectionQuery.Page first = query("order_by=full_name", "max_records=3").apply(users, LOCAL_USERS);
        assertEquals(sidsOf(2002, 2004, 2006), sids(first));

        users.removeIf(user -> user.getString("sid").equals(sid(2004)));
        users.add(user(2003 - 1000));
        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);

        assertEquals(sidsOf(2008, 2010, 1003), sids(second));
    }

    @Test
    void counts_a_page_when_return_records_is_false() {
        CollectionQuery.Page page = query("max_records=4", "return_records=false").apply(tenUsers(), LOCAL_USERS);

        assertEquals(4, page.numRecords());
        assertEquals(List.of(), page.records());
        assertEquals(List.of("false"), queryOf(page.nextHref().orElseThrow()).get("return_records"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "not a cursor", "%%%", "e30", "W10", "bnVsbA", "eyJvIjoic2lkIGFzYyIsImsiOltdfQ",
        "AAAA"})
    void rejects_a_malformed_start_key(String token) {
        OntapProblem problem = assertProblem(400, "2", "start.key", () -> query("start.key=" + token));

        assertTrue(problem.error().message().contains("start.key"), problem.error().message());
    }

    @Test
    void rejects_a_start_key_with_the_wrong_number_of_values() {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"o\":\"svm.uuid asc,sid asc\",\"k\":[\"x\"]}".getBytes(StandardCharsets.UTF_8));

        assertProblem(400, "2", "start.key", () -> query("start.key=" + token));
    }

    @Test
    void rejects_a_start_key_with_a_value_that_is_no_sort_key() {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"o\":\"svm.uuid asc,sid asc\",\"k\":[\"x\",{\"a\":1}]}".getBytes(StandardCharsets.UTF_8));

        assertProblem(400, "2", "start.key", () -> query("start.key=" + token));
    }

    @Test
    void rejects_a_start_key_of_another_order() {
        String next = query("max_records=3", "order_by=name").apply(tenUsers(), LOCAL_USERS).nextHref().orElseThrow();
        String token = startKey(next);

        assertProblem(400, "2", "start.key", () -> query("max_records=3", "order_by=name desc", "start.key=" + token));
        assertProblem(400, "2", "start.key", () -> query("max_records=3", "start.key=" + token));
    }

    @Test
    void accepts_a_hand_made_start_key_of_the_same_order() {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"o\":\"svm.uuid asc,sid asc\",\"k\":[\"" + CollectionQueryFixtures.SVM1 + "\",\"" + sid(2008)
                        + "\"]}").getBytes(StandardCharsets.UTF_8));

        assertEquals(sidsOf(2009, 2010), sids(query("start.key=" + token).apply(tenUsers(), LOCAL_USERS)));
    }

    @Test
    void reads_a_start_key_by_itself_without_max_records() {
        String next = query("max_records=8").apply(tenUsers(), LOCAL_USERS).nextHref().orElseThrow();

        CollectionQuery.Page rest = CollectionQuery.parse(params("start.key=" + startKey(next)),
                CollectionSchemas.LOCAL_USERS).apply(tenUsers(), LOCAL_USERS);

        assertEquals(sidsOf(2009, 2010), sids(rest));
    }

    @Test
    void answers_an_empty_page_after_the_last_record() {
        List<JsonObject> users = new ArrayList<>(tenUsers());
        CollectionQuery.Page first = query("max_records=9").apply(users, LOCAL_USERS);
        users.removeIf(user -> user.getString("sid").equals(sid(2010)));

        CollectionQuery.Page second = follow(first.nextHref().orElseThrow(), users);

        assertEquals(0, second.numRecords());
        assertEquals(Optional.empty(), second.nextHref());
    }
}

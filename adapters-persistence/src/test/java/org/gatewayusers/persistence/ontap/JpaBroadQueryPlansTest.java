package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewayusers.application.ontap.GroupMemberField;
import org.gatewayusers.application.ontap.LocalGroupView;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Sid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.gatewayusers.persistence.shared.QuerySql;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes whose cost grew with the SVM on H2, on an SVM of 100,000 users seeded as the benchmark seeds them, with
 * H2's own row counts ({@code EXPLAIN ANALYZE}): a name prefix matching a tenth of the users in SID order (H2 read
 * and sorted those 10,000 rows; now it reads their index entries and the page's rows), a narrow prefix, and a page of
 * the members of a group of every user (H2 read and sorted the whole join; now the users in name order up to the
 * page) and of a group of 100.
 */
class JpaBroadQueryPlansTest {

    private static final int USERS = 100_000;
    private static final int GROUPS = 1_000;
    private static final int EVERYONE_RID = 50_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    // seeded once: every test only reads
    private static final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();
    private static final Svm big = svm("vs1", "BIG");

    @BeforeAll
    static void seed() throws SQLException {
        db.inTransaction(em -> svms(em).add(big));
        String padded = "LPAD(CAST(g.x AS VARCHAR), 7, '0')";
        String domain = domainSid();
        try (Connection connection = db.dataSource().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cifs_local_user (svm_uuid, sid,"
                    + " rid, name, name_key, short_key, full_name, description, account_disabled,"
                    + " credential_scheme, credential_hash) SELECT ?1, ?2 || CAST(100000 + g.x AS VARCHAR),"
                    + " 100000 + g.x, 'BIG\\user' || " + padded + ", 'BIG\\USER' || " + padded + ", 'USER' || "
                    + padded + ", NULL, NULL, FALSE, 'NT', 'x' FROM generate_series(1, " + USERS + ") AS g(x)")) {
                insert.setString(1, big.uuid().value());
                insert.setString(2, domain);
                assertEquals(USERS, insert.executeUpdate());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cifs_local_group (svm_uuid, sid,"
                    + " name, name_key, short_key) SELECT ?1, ?2 || CAST(" + EVERYONE_RID + " + g.x AS VARCHAR),"
                    + " 'BIG\\group' || " + padded + ", 'BIG\\GROUP' || " + padded + ", 'GROUP' || " + padded
                    + " FROM generate_series(0, " + GROUPS + ") AS g(x)")) {
                insert.setString(1, big.uuid().value());
                insert.setString(2, domain);
                assertEquals(GROUPS + 1, insert.executeUpdate());
            }
            // group 0 holds every user; group 7 the users 7, 1007, 2007, ... (100 of them)
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cifs_group_member (svm_uuid,"
                    + " group_sid, member_sid) SELECT ?1, ?2 || CAST(" + EVERYONE_RID + " + g.y AS VARCHAR),"
                    + " ?3 || CAST(100000 + g.x AS VARCHAR) FROM (SELECT s.x, 0 FROM generate_series(1, " + USERS
                    + ") AS s(x) UNION ALL SELECT 7 + 1000 * s.k, 7 FROM generate_series(0, 99) AS s(k)) AS g(x, y)")) {
                insert.setString(1, big.uuid().value());
                insert.setString(2, domain);
                insert.setString(3, domain);
                assertEquals(USERS + 100, insert.executeUpdate());
            }
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    private static String domainSid() {
        String first = big.sidFor(new Rid(100_000)).value();
        return first.substring(0, first.length() - "100000".length());
    }

    private static RecordQuery<LocalUserField> bySid(String namePattern) {
        return new RecordQuery<>(List.of(
                filter(LocalUserField.SVM_UUID, Operator.EQUAL, big.uuid().value()),
                filter(LocalUserField.NAME, Operator.GLOB, namePattern)),
                List.of(new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false),
                        new RecordQuery.SortKey<>(LocalUserField.SID, false)), null, 21);
    }

    private static <F> RecordQuery.Filter<F> filter(F field, Operator operator, String value) {
        return new RecordQuery.Filter<>(field, List.of(new Alternative(false, operator, value)));
    }

    /** The scan counts of the statement's plan under {@code EXPLAIN ANALYZE}, outer query first. */
    private static List<Long> scanned(QuerySql.Statement statement) {
        String plan = plan(statement);
        List<Long> counts = new ArrayList<>();
        Matcher scans = SCAN_COUNT.matcher(plan);
        while (scans.find()) {
            counts.add(Long.parseLong(scans.group(1)));
        }
        assertTrue(!counts.isEmpty(), plan);
        return counts;
    }

    private static String plan(QuerySql.Statement statement) {
        return db.query("EXPLAIN ANALYZE " + statement.sql().replaceAll("\\?\\d+", "?"),
                statement.parameters().toArray()).get(0);
    }

    private static List<String> sids(RecordQuery<LocalUserField> query) {
        return db.fromTransaction(em -> OntapStore.users(em).find(query)).stream()
                .map(user -> user.sid().value()).toList();
    }

    /** What the one statement of before answers: every match read and sorted. */
    private static List<String> sidsInOneStatement(RecordQuery<LocalUserField> query) {
        QuerySql.Statement statement = JpaLocalUsers.SQL.select("u.sid", query, java.util.Set.of(), List.of(),
                List.of());
        return db.query(statement.sql().replaceAll("\\?\\d+", "?"), statement.parameters().toArray());
    }

    @Test
    void aBroadPrefixInSidOrderReadsItsIndexEntriesAndThePageRowsOnly() {
        // user001* : user0010000 .. user0019999, a tenth of the SVM
        RecordQuery<LocalUserField> query = bySid("user001*");
        // the keys: the range of the prefix in the index that holds SVM, short name and SID (no row read for them),
        // in no order, so that H2 streams them to the adapter, which keeps the page's smallest
        QuerySql.Statement keys = JpaLocalUsers.SQL.keys("u.sid", query, java.util.Set.of(), List.of(), List.of());
        assertTrue(!keys.sql().contains("ORDER BY") && !keys.sql().contains("LIMIT"), keys.sql());
        assertTrue(plan(keys).contains("cifs_local_user_by_short_key_sid"), plan(keys));
        assertTrue(scanned(keys).stream().allMatch(count -> count <= 10_001), "scanned " + scanned(keys));
        // then the page's rows, by key
        QuerySql.Statement statement = db.fromTransaction(em -> OntapStore.users(em).findStatement(query));
        assertTrue(scanned(statement).stream().allMatch(count -> count <= 22), "rows read " + scanned(statement)
                + "\n" + plan(statement));
        List<String> page = sids(query);
        assertEquals(21, page.size());
        assertEquals(sidsInOneStatement(query), page);
        // the one statement read and sorted every match
        QuerySql.Statement before = JpaLocalUsers.SQL.select("u.*", query, java.util.Set.of(), List.of(), List.of());
        assertTrue(scanned(before).get(0) >= 10_000, "the statement of before read " + scanned(before));
    }

    /**
     * Two servers on one H2 file (AUTO_SERVER): the second reaches the database through H2's TCP server, and the keys
     * it streams with lazy execution must give the same pages.
     */
    @Test
    void aBroadPrefixReadThroughH2sTcpServerGivesTheSamePages() throws SQLException {
        Server tcp = Server.createTcpServer("-tcpPort", "0").start();
        try (InMemoryDatabase secondServer = db.throughTcp(tcp.getPort())) {
            RecordQuery<LocalUserField> first = bySid("user001*");
            List<String> page = secondServer.fromTransaction(em -> OntapStore.users(em).find(first)).stream()
                    .map(user -> user.sid().value()).toList();
            assertEquals(21, page.size());
            assertEquals(sidsInOneStatement(first), page);
            RecordQuery<LocalUserField> next = new RecordQuery<>(first.filters(), first.order(),
                    List.of(big.uuid().value(), page.get(page.size() - 1)), 21);
            List<String> nextPage = secondServer.fromTransaction(em -> OntapStore.users(em).find(next)).stream()
                    .map(user -> user.sid().value()).toList();
            assertEquals(sidsInOneStatement(next), nextPage);
            assertTrue(nextPage.get(0).compareTo(page.get(page.size() - 1)) > 0, nextPage.get(0));
        } finally {
            tcp.stop();
        }
    }

    @Test
    void aBroadPrefixInAnotherOrderSortsTheKeysOfItsRange() {
        RecordQuery<LocalUserField> query = new RecordQuery<>(bySid("user001*").filters(), List.of(
                new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false),
                new RecordQuery.SortKey<>(LocalUserField.SID, true)), null, 21);
        QuerySql.Statement statement = db.fromTransaction(em -> OntapStore.users(em).findStatement(query));
        assertTrue(plan(statement).contains("cifs_local_user_by_short_key_sid"), plan(statement));
        assertTrue(scanned(statement).stream().allMatch(count -> count <= 10_001), "scanned " + scanned(statement));
        List<String> page = sids(query);
        assertEquals(21, page.size());
        assertEquals(sidsInOneStatement(query), page);
    }

    @Test
    void aPrefixMatchingNoUserGivesAnEmptyPage() {
        assertEquals(List.of(), sids(bySid("nobody*")));
    }

    @Test
    void aChangeByQueryOfOneSvmReadsTheMatchAndItsRowsByKey() {
        // user00001* : user0000100 .. user0000199, 100 of the SVM's 100,000 users
        RecordQuery<LocalUserField> query = bySid("user00001*");
        QuerySql.Statement statement = db.fromTransaction(em -> OntapStore.users(em).bulkStatement(
                "UPDATE cifs_local_user t SET description = ? WHERE", List.of("changed"), query));
        String plan = db.query("EXPLAIN " + statement.sql().replaceAll("\\?\\d+", "?"),
                statement.parameters().toArray()).get(0);
        // the outer rows by their key, from the match: not every row of the SVM tested against it
        String outerScan = plan.substring(0, plan.indexOf("\nSET"));
        assertTrue(outerScan.matches("(?s).*/\\* public\\.cifs_local_user_\\w+: (svm_uuid = \\?\\d+\\s+AND )?sid IN\\(SELECT.*"),
                plan);
    }

    @Test
    void aNarrowPrefixInSidOrderReadsAFewEntries() {
        RecordQuery<LocalUserField> query = bySid("user001234*");
        List<Long> scanned = scanned(db.fromTransaction(em -> OntapStore.users(em).findStatement(query)));
        assertTrue(scanned.stream().allMatch(count -> count <= 12), "scanned " + scanned);
        List<String> page = sids(query);
        assertEquals(10, page.size());
        assertEquals(sidsInOneStatement(query), page);
    }

    @Test
    void aNextPageOfABroadPrefixStartsAtItsPosition() {
        RecordQuery<LocalUserField> first = bySid("user001*");
        List<String> page = sids(first);
        RecordQuery<LocalUserField> next = new RecordQuery<>(first.filters(), first.order(),
                List.of(big.uuid().value(), page.get(19)), 21);
        assertEquals(page.get(20), sids(next).get(0));
    }

    private static RecordQuery<GroupMemberField> byName(List<Object> after) {
        return new RecordQuery<>(List.of(), List.of(new RecordQuery.SortKey<>(GroupMemberField.NAME, false)), after,
                21);
    }

    private static Sid group(int number) {
        return big.sidFor(new Rid(EVERYONE_RID + number));
    }

    private static List<String> memberNames(Sid group, RecordQuery<GroupMemberField> query) {
        return db.fromTransaction(em -> OntapStore.memberships(em).members(big.uuid(), group, query)).stream()
                .map(LocalGroupView.Member::name).toList();
    }

    /** Each scan of the plan of a page of the group's members reads at most {@code most} rows. */
    private static void assertEachScanReadsAtMost(long most, Sid group, List<Object> after) {
        QuerySql.Statement statement = db.fromTransaction(em -> OntapStore.memberships(em)
                .membersStatement(big.uuid(), group, byName(after)));
        List<Long> scanned = scanned(statement);
        assertTrue(scanned.stream().allMatch(count -> count <= most), "scanned " + scanned + "\n" + plan(statement));
    }

    @Test
    void aPageOfAGroupOfEveryUserReadsThePageOfUsersInNameOrder() {
        assertEachScanReadsAtMost(22, group(0), null);
        assertEquals(List.of("BIG\\user0000001", "BIG\\user0000002"), memberNames(group(0), byName(null)).subList(0, 2));
        assertEachScanReadsAtMost(22, group(0), List.of("BIG\\user0050000"));
        assertEquals("BIG\\user0050001", memberNames(group(0), byName(List.of("BIG\\user0050000"))).get(0));
    }

    @Test
    void aPageOfASmallGroupReadsItsMembersOnly() {
        // its 100 rows of cifs_group_member (and the bound), each user looked up by key
        assertEachScanReadsAtMost(201, group(7), null);
        List<String> names = memberNames(group(7), byName(null));
        assertEquals(21, names.size());
        assertEquals(List.of("BIG\\user0000007", "BIG\\user0001007"), names.subList(0, 2));
    }

    @Test
    void theGroupsOfAPageOfUsersAreLookedUpByUserNotReadForTheWholeSvm() {
        // 20 users, each in "everyone" and 4 of them in group 7: one look-up per user in the member index
        List<Sid> page = new ArrayList<>();
        for (int x = 1; x <= 20; x++) {
            page.add(new Sid(domainSid() + (100_000 + x)));
        }
        QuerySql.Statement statement = JpaMemberships.bySvmAndSid(JpaMemberships.GROUPS_OF, big.uuid(), page);
        List<Long> scanned = scanned(statement);
        assertTrue(scanned.stream().allMatch(count -> count <= 50), "scanned " + scanned + "\n" + plan(statement));
        var groups = db.fromTransaction(em -> OntapStore.memberships(em).groupsOf(big.uuid(), page));
        assertEquals(20, groups.size());
        assertEquals(2, groups.get(page.get(6)).size());
        assertEquals(1, groups.get(page.get(0)).size());
    }

    @Test
    void theMembersOfAPageOfGroupsAreReadGroupByGroup() {
        QuerySql.Statement statement = new QuerySql.Statement(JpaMemberships.MEMBERS_OF_ONE,
                List.of(big.uuid().value(), group(7).value()));
        List<Long> scanned = scanned(statement);
        // group 7's 100 rows of cifs_group_member and their users by key, not the SVM's 100,100 rows
        assertTrue(scanned.stream().allMatch(count -> count <= 201), "scanned " + scanned + "\n" + plan(statement));
        var members = db.fromTransaction(em -> OntapStore.memberships(em).membersOf(big.uuid(),
                List.of(group(7), group(8))));
        assertEquals(100, members.get(group(7)).size());
        assertEquals(null, members.get(group(8)));
    }
}

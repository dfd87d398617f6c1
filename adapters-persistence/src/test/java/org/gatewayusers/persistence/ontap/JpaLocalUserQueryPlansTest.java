package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewayusers.application.ontap.LocalUserField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Alternative;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.domain.ontap.Rid;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.gatewayusers.persistence.shared.QuerySql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five requests of the collection-query benchmark read a handful of index entries on H2, opened as the server
 * opens it ({@code DEFAULT_NULL_ORDERING=HIGH}): H2's own {@code EXPLAIN ANALYZE} counts the rows each one scans.
 * (With a plain {@code ORDER BY svm_uuid, sid} under that setting, H2 2.3 kept only the SVM as the primary key's
 * range: a look-up by name or SID read every user of the SVM, over 30 s at 1,000,000 users.)
 */
class JpaLocalUserQueryPlansTest {

    private static final int USERS = 5_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    // seeded once: every test only reads
    private static final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();
    private static final Svm big = svm("vs1", "BIG");
    private static final Svm small = svm("vs2", "SMALL");

    @BeforeAll
    static void seed() throws SQLException {
        db.inTransaction(em -> {
            svms(em).add(big);
            svms(em).add(small);
        });
        seed(big, USERS);
        seed(small, 100);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    /** As the benchmark seeds: one statement of generate_series. */
    private static void seed(Svm svm, int size) throws SQLException {
        String padded = "LPAD(CAST(g.x AS VARCHAR), 7, '0')";
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO cifs_local_user (svm_uuid, sid,"
                        + " rid, name, name_key, short_key, full_name, description, account_disabled,"
                        + " credential_scheme, credential_hash) SELECT ?, ? || CAST(100000 + g.x AS VARCHAR),"
                        + " 100000 + g.x, ? || " + padded + ", ? || " + padded + ", 'USER' || " + padded + ","
                        + " 'User ' || " + padded + ", NULL, MOD(g.x, 10) = 0, 'NT', 'x'"
                        + " FROM generate_series(1, " + size + ") AS g(x)")) {
            String server = svm.cifsServer().orElseThrow().name().value();
            insert.setString(1, svm.uuid().value());
            String first = svm.sidFor(new Rid(100_000)).value();
            insert.setString(2, first.substring(0, first.length() - "100000".length()));
            insert.setString(3, server + "\\user");
            insert.setString(4, server.toUpperCase(java.util.Locale.ROOT) + "\\USER");
            assertEquals(size, insert.executeUpdate());
        }
    }

    private static final List<RecordQuery.SortKey<LocalUserField>> BY_SID = List.of(
            new RecordQuery.SortKey<>(LocalUserField.SVM_UUID, false),
            new RecordQuery.SortKey<>(LocalUserField.SID, false));

    private RecordQuery.Filter<LocalUserField> filter(LocalUserField field, Operator operator, String value) {
        return new RecordQuery.Filter<>(field, List.of(new Alternative(false, operator, value)));
    }

    private RecordQuery<LocalUserField> ofBig(List<Object> after, int limit, RecordQuery.Filter<LocalUserField> more) {
        List<RecordQuery.Filter<LocalUserField>> filters = new ArrayList<>();
        filters.add(filter(LocalUserField.SVM_UUID, Operator.EQUAL, big.uuid().value()));
        if (more != null) {
            filters.add(more);
        }
        return new RecordQuery<>(filters, BY_SID, after, limit);
    }

    private String sid(int i) {
        return big.sidFor(new Rid(100_000 + i)).value();
    }

    /** Runs the statement under {@code EXPLAIN ANALYZE}: how many rows it read, and its answer's first row. */
    private long scanned(QuerySql.Statement statement) {
        String plan = db.query("EXPLAIN ANALYZE " + statement.sql().replaceAll("\\?\\d+", "?"),
                statement.parameters().toArray()).get(0);
        Matcher scans = SCAN_COUNT.matcher(plan);
        assertTrue(scans.find(), plan);
        return Long.parseLong(scans.group(1));
    }

    private long scannedByFind(RecordQuery<LocalUserField> query) {
        return scanned(db.fromTransaction(em -> OntapStore.users(em).findStatement(query)));
    }

    @Test
    void theFirstPageReadsOnlyThePage() {
        assertTrue(scannedByFind(ofBig(null, 21, null)) <= 22);
    }

    @Test
    void aNextPageStartsAtItsPositionInTheIndex() {
        long scanned = scannedByFind(ofBig(List.of(big.uuid().value(), sid(3_000)), 21, null));
        assertTrue(scanned <= 23, "scanned " + scanned);
    }

    @Test
    void aLookUpByNameReadsItsIndexEntry() {
        long scanned = scannedByFind(ofBig(null, 10_001, filter(LocalUserField.NAME, Operator.EQUAL, "user0001234")));
        assertTrue(scanned <= 3, "scanned " + scanned);
    }

    @Test
    void aLookUpBySidReadsItsIndexEntry() {
        long scanned = scannedByFind(ofBig(null, 10_001, filter(LocalUserField.SID, Operator.EQUAL, sid(1_234))));
        assertTrue(scanned <= 3, "scanned " + scanned);
    }

    @Test
    void aFilteredCountReadsTheRangeOfItsPrefix() {
        RecordQuery<LocalUserField> query = ofBig(null, 10_000,
                filter(LocalUserField.NAME, Operator.GLOB, "user00001*"));
        long scanned = scanned(db.fromTransaction(em -> OntapStore.users(em).countStatement(query)));
        // user0000100 .. user0000199 and the bound
        assertTrue(scanned <= 102, "scanned " + scanned);
    }

    @Test
    void theLookUpsStillAnswerTheRightUser() {
        assertEquals(List.of("BIG\\user0001234"), db.fromTransaction(em -> OntapStore.users(em)
                .find(ofBig(null, 10_001, filter(LocalUserField.NAME, Operator.EQUAL, "user0001234"))).stream()
                .map(user -> user.name().toString()).toList()));
        assertEquals(List.of(sid(1_234)), db.fromTransaction(em -> OntapStore.users(em)
                .find(ofBig(null, 10_001, filter(LocalUserField.SID, Operator.EQUAL, sid(1_234)))).stream()
                .map(user -> user.sid().value()).toList()));
        assertEquals(List.of(sid(3_001), sid(3_002)), db.fromTransaction(em -> OntapStore.users(em)
                .find(ofBig(List.of(big.uuid().value(), sid(3_000)), 2, null)).stream()
                .map(user -> user.sid().value()).toList()));
    }
}

package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.shared.QueryPlans.query;
import static org.gatewayusers.persistence.shared.QueryPlans.scanned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.gatewayusers.application.ontap.CifsServiceField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.shared.RecordQuery.Operator;
import org.gatewayusers.application.ontap.SvmField;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The requests of the SVM query benchmark read a handful of index entries on H2, opened as the server opens it
 * ({@code DEFAULT_NULL_ORDERING=HIGH}): H2's own {@code EXPLAIN ANALYZE} counts the rows each one scans, at 5,000
 * SVMs (each with a CIFS server) seeded as the benchmark seeds them.
 */
class JpaSvmQueryPlansTest {

    private static final int ROWS = 5_000;

    private static final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();

    @BeforeAll
    static void seed() throws SQLException {
        String padded = "LPAD(CAST(g.x AS VARCHAR), 7, '0')";
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals(ROWS, statement.executeUpdate("INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid,"
                    + " cifs_server_name) SELECT '00000000-0000-4000-8000-' || LPAD(CAST(g.x AS VARCHAR), 12, '0'),"
                    + " 'svm' || " + padded + ", 'DATA', 'S-1-5-21-1-2-' || CAST(g.x AS VARCHAR), 1000,"
                    + " 'SMB' || " + padded + " FROM generate_series(1, " + ROWS + ") AS g(x)"));
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    private static String uuid(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }

    private static long svms(RecordQuery<SvmField> query) {
        return scanned(db, db.fromTransaction(em -> OntapStore.svms(em).findStatement(query)));
    }

    private static long cifsServices(RecordQuery<CifsServiceField> query) {
        return scanned(db, JpaSvms.CIFS_SQL.select("s.*", query, java.util.Set.of(), List.of(), List.of()));
    }

    @Test
    void the_first_and_a_later_page_of_svms_read_only_the_page() {
        assertTrue(svms(query(null, null, null, null, 21, List.of(SvmField.UUID))) <= 22);
        long next = svms(query(null, null, null, List.of(uuid(3_000)), 21, List.of(SvmField.UUID)));
        assertTrue(next <= 23, "scanned " + next);
        long byName = svms(query(null, null, null, List.of("svm0003000", uuid(3_000)), 21,
                List.of(SvmField.NAME, SvmField.UUID)));
        assertTrue(byName <= 23, "scanned " + byName);
    }

    @Test
    void a_look_up_of_an_svm_by_name_in_any_case_reads_its_index_entry() {
        long scanned = svms(query(SvmField.NAME, Operator.EQUAL, "SVM0001234", null, 10_001, List.of(SvmField.UUID)));
        assertTrue(scanned <= 3, "scanned " + scanned);
        assertEquals(List.of("svm0001234"), db.fromTransaction(em -> OntapStore.svms(em).find(query(SvmField.NAME,
                Operator.EQUAL, "SVM0001234", null, 10_001, List.of(SvmField.UUID)))).stream()
                .map(svm -> svm.name().value()).toList());
    }

    @Test
    void a_filtered_count_of_svms_reads_the_range_of_its_prefix() {
        RecordQuery<SvmField> query = query(SvmField.NAME, Operator.GLOB, "svm00001*", null, 10_000,
                List.of(SvmField.UUID));
        long scanned = scanned(db, db.fromTransaction(em -> OntapStore.svms(em).countStatement(query)));
        assertTrue(scanned <= 102, "scanned " + scanned);
        assertEquals(100L, (long) db.fromTransaction(em -> OntapStore.svms(em).count(query)));
    }

    @Test
    void cifs_services_page_and_look_up_on_indexes() {
        assertTrue(cifsServices(query(null, null, null, null, 21, List.of(CifsServiceField.SVM_UUID))) <= 22);
        long next = cifsServices(query(null, null, null, List.of(uuid(4_000)), 21,
                List.of(CifsServiceField.SVM_UUID)));
        assertTrue(next <= 23, "scanned " + next);
        long bySvm = cifsServices(query(CifsServiceField.SVM_NAME, Operator.EQUAL, "svm0004321", null, 10_001,
                List.of(CifsServiceField.SVM_UUID)));
        assertTrue(bySvm <= 3, "scanned " + bySvm);
        long byServer = cifsServices(query(CifsServiceField.NAME, Operator.EQUAL, "smb0004321", null, 10_001,
                List.of(CifsServiceField.SVM_UUID)));
        assertTrue(byServer <= 3, "scanned " + byServer);
    }
}

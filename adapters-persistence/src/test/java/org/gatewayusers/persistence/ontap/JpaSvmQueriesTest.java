package org.gatewayusers.persistence.ontap;

import static org.gatewayusers.persistence.ontap.OntapStore.filter;
import static org.gatewayusers.persistence.ontap.OntapStore.svm;
import static org.gatewayusers.persistence.ontap.OntapStore.svms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.gatewayusers.application.ontap.CifsServiceField;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.application.ontap.SvmField;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.ontap.SvmSettings;
import org.gatewayusers.persistence.shared.InMemoryDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed queries of SVMs and CIFS services answered by one SQL statement each, on H2 (V16). */
class JpaSvmQueriesTest {

    private final InMemoryDatabase db = InMemoryDatabase.migratedAsTheServerOpensIt();
    private final Svm alpha = svm("alpha", "SMB_A");
    private final Svm beta = Svm.create(new SvmName("Beta"), "finance", SvmSettings.NONE,
            RandomGenerator.of("L64X128MixRandom"));
    private final Svm gamma = svm("gamma", "smb_c");

    JpaSvmQueriesTest() {
        db.inTransaction(em -> List.of(alpha, beta, gamma).forEach(svms(em)::add));
        // the cluster's own SVM is never listed
        db.inTransaction(em -> em.createNativeQuery("INSERT INTO svm (uuid, name, svm_type, domain_sid, next_rid)"
                + " VALUES ('7d3c8a10-41be-11e9-81d5-00a0986138f7', 'cluster1', 'ADMIN', 'S-1-5-21-1-2-3', 1000)")
                .executeUpdate());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static <F> RecordQuery<F> query(List<RecordQuery.Filter<F>> filters, List<Object> after, int limit,
            F... order) {
        return new RecordQuery<>(filters, Arrays.stream(order).map(field -> new RecordQuery.SortKey<>(field, false))
                .toList(), after, limit);
    }

    private String svmNames(RecordQuery<SvmField> query) {
        return String.join(",", db.fromTransaction(em -> svms(em).find(query)).stream()
                .map(svm -> svm.name().value()).toList());
    }

    @ParameterizedTest(name = "[{index}] {0}={1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "NAME; ALPHA; alpha",
            "NAME; beta|gamma; Beta,gamma",
            "NAME; g*; gamma",
            "NAME; !alpha; Beta,gamma",
            "NAME; >c; gamma",
            "COMMENT; null; alpha,gamma",
            "COMMENT; FIN*; Beta",
            "COMMENT; !null; Beta"})
    void a_filter_on_svms_holds_as_in_ontap(SvmField field, String value, String expected) {
        assertEquals(expected, svmNames(query(List.of(filter(field, value)), null, 10, SvmField.NAME, SvmField.UUID)));
        assertEquals((long) expected.split(",").length, (long) db.fromTransaction(em -> svms(em)
                .count(query(List.of(filter(field, value)), null, 10, SvmField.NAME, SvmField.UUID))));
    }

    @Test
    void svms_come_by_name_without_regard_to_case_and_a_next_page_starts_after_its_position() {
        assertEquals("alpha,Beta", svmNames(query(List.of(), null, 2, SvmField.NAME, SvmField.UUID)));
        assertEquals("gamma", svmNames(query(List.of(), List.of("Beta", beta.uuid().value()), 2, SvmField.NAME,
                SvmField.UUID)));
        assertEquals(3L, (long) db.fromTransaction(em -> svms(em).count(query(List.of(), null, 1, SvmField.UUID))));
    }

    @Test
    void svms_in_uuid_order_page_by_uuid_and_the_admin_svm_is_never_among_them() {
        List<String> uuids = new ArrayList<>(List.of(alpha.uuid().value(), beta.uuid().value(), gamma.uuid().value()));
        uuids.sort(null);
        List<String> all = new ArrayList<>();
        List<Object> after = null;
        for (int page = 0; page < 4; page++) {
            RecordQuery<SvmField> query = query(List.of(), after, 1, SvmField.UUID);
            List<Svm> found = db.fromTransaction(em -> svms(em).find(query));
            if (found.isEmpty()) {
                break;
            }
            all.add(found.get(0).uuid().value());
            after = List.of(found.get(0).uuid().value());
        }
        assertEquals(uuids, all);
    }

    @Test
    void a_next_page_in_comment_order_keeps_the_svms_without_one_first() {
        RecordQuery<SvmField> first = query(List.of(), null, 2, SvmField.COMMENT, SvmField.UUID);
        List<Svm> page = db.fromTransaction(em -> svms(em).find(first));
        assertEquals(Optional.empty(), page.get(0).comment());
        Svm last = page.get(1);
        RecordQuery<SvmField> next = query(List.of(), Arrays.asList(last.comment().orElse(null), last.uuid().value()),
                2, SvmField.COMMENT, SvmField.UUID);
        assertEquals("Beta", svmNames(next));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "SVM_NAME; ALPHA; alpha",
            "SVM_NAME; beta; ''",
            "NAME; smb_a|SMB_C; alpha,gamma",
            "NAME; SMB_*; alpha,gamma",
            "NAME; !smb_a; gamma"})
    void cifs_services_are_the_svms_that_run_one(CifsServiceField field, String value, String expected) {
        RecordQuery<CifsServiceField> query = query(List.of(filter(field, value)), null, 10, CifsServiceField.NAME,
                CifsServiceField.SVM_UUID);
        assertEquals(expected, String.join(",", db.fromTransaction(em -> svms(em).findWithCifsServer(query)).stream()
                .map(svm -> svm.name().value()).toList()));
        assertEquals(expected.isEmpty() ? 0L : expected.split(",").length,
                (long) db.fromTransaction(em -> svms(em).countWithCifsServer(query)));
    }

    @Test
    void cifs_services_page_by_their_key() {
        String first = alpha.uuid().value().compareTo(gamma.uuid().value()) < 0 ? "alpha" : "gamma";
        String second = first.equals("alpha") ? "gamma" : "alpha";
        Svm firstSvm = first.equals("alpha") ? alpha : gamma;
        RecordQuery<CifsServiceField> next = query(List.of(), List.of(firstSvm.uuid().value()), 1,
                CifsServiceField.SVM_UUID);
        assertEquals(List.of(second), db.fromTransaction(em -> svms(em).findWithCifsServer(next)).stream()
                .map(svm -> svm.name().value()).toList());
    }
}

package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NAME_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.application.shared.RecordQuery;
import org.gatewayusers.domain.ontap.DomainSid;
import org.gatewayusers.domain.ontap.FixedRandom;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmType;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateSvmTest {

    private final InMemorySvms svms = new InMemorySvms();
    private final CreateSvm createSvm = new CreateSvm(svms, FixedRandom.drawing(256008430, -900737449, -364930966));

    @Test
    void creates_a_data_svm_without_a_cifs_server() {
        SvmView view = createSvm.create("svm1");

        assertEquals("svm1", view.name());
        assertTrue(view.data());
        assertNull(view.cifsServer());
        Svm stored = svms.named("svm1").orElseThrow();
        assertEquals(SvmType.DATA, stored.type());
        assertEquals(Optional.empty(), stored.cifsServer());
        assertEquals(view.uuid(), stored.uuid().value());
    }

    @Test
    void creates_an_svm_with_its_comment_and_refuses_a_setting_it_does_not_run_with() {
        SvmView view = createSvm.create("svm1", "branch office", org.gatewayusers.domain.ontap.SvmSettings.NONE);

        assertEquals("branch office", view.comment());
        assertEquals(Optional.of("branch office"), svms.named("svm1").orElseThrow().comment());
        var stopped = new org.gatewayusers.domain.ontap.SvmSettings(Optional.empty(), Optional.of("stopped"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                java.util.Map.of(), java.util.Map.of());
        assertRejected(org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_SETTING_FIXED, Subject.STATE,
                () -> createSvm.create("svm2", null, stopped));
        assertEquals(List.of("svm1"), svms.names());
    }

    @Test
    void gives_the_svm_a_canonical_uuid() {
        SvmView view = createSvm.create("svm1");

        assertEquals(Optional.of(new SvmUuid(view.uuid())), SvmUuid.parse(view.uuid()));
    }

    @Test
    void draws_the_domain_sid_of_the_svm_once_from_the_random_generator() {
        createSvm.create("svm1");

        assertEquals(new DomainSid("S-1-5-21-256008430-3394229847-3930036330"), svms.named("svm1").orElseThrow().domainSid());
    }

    @Test
    void gives_each_svm_its_own_uuid() {
        assertNotEquals(createSvm.create("svm1").uuid(), createSvm.create("svm2").uuid());
        assertEquals(List.of("svm1", "svm2"), svms.names());
    }

    @Test
    void rejects_a_name_another_svm_has() {
        createSvm.create("svm1");

        assertRejected(SVM_EXISTS, Subject.NAME, () -> createSvm.create("svm1"));
        assertEquals(1, svms.count());
    }

    @Test
    void rejects_a_name_taken_between_the_check_and_the_store() {
        InMemorySvms store = new InMemorySvms();
        Svms checkedBeforeTheOtherCreate = new Svms() {
            @Override
            public Optional<Svm> withUuid(SvmUuid uuid) {
                return store.withUuid(uuid);
            }

            @Override
            public Optional<Svm> named(String name) {
                return Optional.empty();
            }

            @Override
            public List<Svm> find(RecordQuery<SvmField> query) {
                return store.find(query);
            }

            @Override
            public long count(RecordQuery<SvmField> query) {
                return store.count(query);
            }

            @Override
            public List<Svm> findWithCifsServer(RecordQuery<CifsServiceField> query) {
                return store.findWithCifsServer(query);
            }

            @Override
            public long countWithCifsServer(RecordQuery<CifsServiceField> query) {
                return store.countWithCifsServer(query);
            }

            @Override
            public void add(Svm svm) {
                store.add(svm);
            }

            @Override
            public void update(Svm svm) {
                store.update(svm);
            }

            @Override
            public void remove(Svm svm) {
                store.remove(svm);
            }
        };
        CreateSvm racing = new CreateSvm(checkedBeforeTheOtherCreate, FixedRandom.drawing(1, 2, 3));
        racing.create("svm1");

        assertRejected(SVM_EXISTS, Subject.NAME, () -> racing.create("svm1"));
        assertEquals(1, store.count());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "1svm", "svm 1", "svm/1", "svm@1"})
    void rejects_an_invalid_name_and_stores_nothing(String name) {
        assertRejected(SVM_NAME_INVALID, Subject.NAME, () -> createSvm.create(name));
        assertEquals(0, svms.count());
    }

    @Test
    void rejects_a_name_of_forty_eight_characters() {
        assertRejected(SVM_NAME_INVALID, Subject.NAME, () -> createSvm.create("s".repeat(48)));
    }
}

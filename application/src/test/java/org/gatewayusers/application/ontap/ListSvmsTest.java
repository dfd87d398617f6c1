package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmUuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListSvmsTest {

    private final Svm vs2 = aDataSvm().named("vs2").build();
    private final Svm svm1 = aDataSvm().named("svm1").withCifsServer("SMB_SERVER01").build();
    private final Svm admin = anAdminSvm().named("cluster1").build();
    private final ListSvms listSvms = new ListSvms(new InMemorySvms(vs2, svm1, admin));

    private static List<String> names(List<SvmView> views) {
        return views.stream().map(SvmView::name).toList();
    }

    private static <F> RecordQuery<F> byKey(F key, F sortedBy, List<Object> after, int limit) {
        return new RecordQuery<>(List.of(), List.of(new RecordQuery.SortKey<>(sortedBy, false),
                new RecordQuery.SortKey<>(key, false)), after, limit);
    }

    @Test
    void finds_a_data_svm_by_name_but_not_the_admin_svm() {
        assertEquals(Optional.of("SMB_SERVER01"), listSvms.named("svm1").map(SvmView::cifsServer));
        assertEquals(Optional.empty(), listSvms.named("cluster1"));
        assertEquals(Optional.empty(), listSvms.named("svm9"));
    }

    @Test
    void a_page_of_data_svms_holds_at_most_the_limit_and_says_whether_more_follow() {
        RecordPage<SvmView> first = listSvms.page(byKey(SvmField.UUID, SvmField.NAME, null, 1));
        assertEquals(List.of("svm1"), names(first.records()));
        assertTrue(first.more());
        RecordPage<SvmView> second = listSvms.page(byKey(SvmField.UUID, SvmField.NAME,
                List.of("svm1", svm1.uuid().value()), 1));
        assertEquals(List.of("vs2"), names(second.records()));
        assertEquals(false, second.more());
        assertEquals(2, listSvms.count(byKey(SvmField.UUID, SvmField.NAME, null, 1)));
    }

    @Test
    void cifs_services_are_the_data_svms_that_run_one() {
        ListCifsServices services = new ListCifsServices(new InMemorySvms(vs2, svm1, admin));
        RecordPage<SvmView> page = services.page(byKey(CifsServiceField.SVM_UUID, CifsServiceField.NAME, null, 10));
        assertEquals(List.of("SMB_SERVER01"), page.records().stream().map(SvmView::cifsServer).toList());
        assertEquals(1, services.count(byKey(CifsServiceField.SVM_UUID, CifsServiceField.NAME, null, 10)));
    }


    @Test
    void reads_a_svm_by_uuid() {
        assertEquals(Optional.of(new SvmView(vs2.uuid().value(), "vs2", true, null)), listSvms.withUuid(vs2.uuid().value()));
    }

    @Test
    void reads_a_svm_by_uuid_in_upper_case() {
        assertEquals("vs2", listSvms.withUuid(vs2.uuid().value().toUpperCase()).orElseThrow().name());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "vs2", "1-2-3-4-5"})
    void reads_nothing_from_what_is_not_a_uuid(String uuid) {
        assertEquals(Optional.empty(), listSvms.withUuid(uuid));
    }

    @Test
    void reads_nothing_for_an_unknown_uuid() {
        assertEquals(Optional.empty(), listSvms.withUuid(SvmUuid.random().value()));
    }
}

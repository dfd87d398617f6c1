package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PATH_ENTRY_NOT_FOUND;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NAME_INVALID;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_SETTING_FIXED;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Optional;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmSettings;
import org.junit.jupiter.api.Test;

class UpdateSvmTest {

    private final Svm svm1 = aCifsSvm().named("svm1").build();
    private final Svm svm2 = aDataSvm().named("svm2").build();
    private final InMemorySvms svms = new InMemorySvms(svm1, svm2);
    private final UpdateSvm updateSvm = new UpdateSvm(svms, new InMemoryLocalUsers(), new InMemoryLocalGroups());

    private SvmView update(Svm svm, String name, String comment, SvmSettings settings) {
        return updateSvm.update(new UpdateSvm.Command(svm.uuid().value(), Optional.ofNullable(name),
                Optional.ofNullable(comment), settings));
    }

    @Test
    void sets_changes_and_clears_the_comment_and_stores_it() {
        assertEquals("first", update(svm1, null, "first", SvmSettings.NONE).comment());
        assertEquals(Optional.of("first"), svms.named("svm1").orElseThrow().comment());
        assertEquals("second", update(svm1, null, "second", SvmSettings.NONE).comment());
        assertNull(update(svm1, null, "", SvmSettings.NONE).comment());
        assertEquals(Optional.empty(), svms.named("svm1").orElseThrow().comment());
    }

    @Test
    void renames_the_svm_keeping_its_cifs_server_and_accepts_its_own_name() {
        SvmView renamed = update(svm1, "svm3", null, SvmSettings.NONE);
        assertEquals("svm3", renamed.name());
        assertEquals(svm1.uuid().value(), renamed.uuid());
        assertEquals("SMB_SERVER01", renamed.cifsServer());
        assertEquals(Optional.empty(), svms.named("svm1"));
        assertEquals("svm3", update(svm1, "svm3", "same name", SvmSettings.NONE).name());
    }

    @Test
    void refuses_a_name_taken_or_invalid_and_changes_nothing() {
        assertRejected(SVM_EXISTS, Subject.NAME, () -> update(svm1, "svm2", "x", SvmSettings.NONE));
        assertRejected(SVM_NAME_INVALID, Subject.NAME, () -> update(svm1, "9svm", "x", SvmSettings.NONE));
        assertEquals(Optional.empty(), svms.named("svm1").orElseThrow().comment());
    }

    @Test
    void refuses_a_setting_changed_and_changes_nothing() {
        SvmSettings stopped = new SvmSettings(Optional.empty(), Optional.of("stopped"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
        assertRejected(SVM_SETTING_FIXED, Subject.STATE, () -> update(svm1, "svm9", "x", stopped));
        assertEquals(Optional.empty(), svms.named("svm1").orElseThrow().comment());
    }

    @Test
    void an_svm_that_is_not_there_is_the_entry_not_found() {
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> updateSvm.update(new UpdateSvm.Command(
                "0b3a9b4c-1f3e-4c8e-9d5e-123456789abc", Optional.empty(), Optional.of("x"), SvmSettings.NONE)));
        assertRejected(PATH_ENTRY_NOT_FOUND, Subject.SVM_BY_UUID, () -> updateSvm.update(new UpdateSvm.Command(
                "not-a-uuid", Optional.empty(), Optional.of("x"), SvmSettings.NONE)));
    }
}

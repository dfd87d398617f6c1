package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_COMMENT_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_SETTING_FIXED;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvmRulesTest {

    private static final SvmSettings NONE = SvmSettings.NONE;

    private static SvmSettings language(String value) {
        return new SvmSettings(Optional.of(value), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of());
    }

    /** Every setting as this service runs it. */
    private static SvmSettings asRun(Map<String, Boolean> enabled) {
        return new SvmSettings(Optional.of("c.utf_8"), Optional.of("running"), Optional.of("default"),
                Optional.of("Default"), Optional.of("default"), Optional.of(List.of()), Optional.of("unlimited"),
                SvmRules.PROTOCOLS.stream().collect(java.util.stream.Collectors.toMap(p -> p, SvmRules::allows)), enabled);
    }

    @Test
    void a_comment_has_at_most_255_characters_counted_as_code_points() {
        assertDoesNotThrow(() -> SvmRules.commentHasAtMost255Characters("c".repeat(255)));
        assertDoesNotThrow(() -> SvmRules.commentHasAtMost255Characters("\uD83D\uDE00".repeat(255)));
        assertDoesNotThrow(() -> SvmRules.commentHasAtMost255Characters(null));
        assertRejected(SVM_COMMENT_TOO_LONG, Subject.COMMENT, () -> SvmRules.commentHasAtMost255Characters("c".repeat(256)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c.utf_8", "C.UTF-8", "c.UTF_8"})
    void the_language_is_c_utf_8_however_ontap_writes_it(String language) {
        assertDoesNotThrow(() -> SvmRules.languageIsCUtf8(language));
    }

    @Test
    void every_setting_as_the_service_runs_it_is_accepted() {
        assertDoesNotThrow(() -> SvmRules.check(asRun(Map.of("cifs", false, "nfs", false)), false));
        assertDoesNotThrow(() -> SvmRules.check(asRun(Map.of("cifs", true)), true));
    }

    @Test
    void each_other_value_is_a_change_refused_on_the_field_it_names() {
        assertRejected(SVM_SETTING_FIXED, Subject.LANGUAGE, () -> SvmRules.languageIsCUtf8("en_US"));
        assertRejected(SVM_SETTING_FIXED, Subject.STATE, () -> SvmRules.stateIsRunning("stopped"));
        assertRejected(SVM_SETTING_FIXED, Subject.SUBTYPE, () -> SvmRules.subtypeIsDefault("dp_destination"));
        assertRejected(SVM_SETTING_FIXED, Subject.IPSPACE, () -> SvmRules.ipspaceIsDefault("ips1"));
        assertRejected(SVM_SETTING_FIXED, Subject.SNAPSHOT_POLICY, () -> SvmRules.snapshotPolicyIsDefault("none"));
        assertRejected(SVM_SETTING_FIXED, Subject.AGGREGATES, () -> SvmRules.noAggregatesAreAssigned(List.of("aggr1")));
        assertRejected(SVM_SETTING_FIXED, Subject.MAX_VOLUMES, () -> SvmRules.maxVolumesIsUnlimited("200"));
        assertRejectedFor("cifs", Subject.PROTOCOL_ALLOWED, () -> SvmRules.onlyCifsIsAllowed("cifs", false));
        assertRejectedFor("nfs", Subject.PROTOCOL_ALLOWED, () -> SvmRules.onlyCifsIsAllowed("nfs", true));
        assertRejectedFor("iscsi", Subject.PROTOCOL_ENABLED, () -> SvmRules.protocolServicesRunAsTheyDo("iscsi", true, true));
        assertRejectedFor("cifs", Subject.PROTOCOL_ENABLED, () -> SvmRules.protocolServicesRunAsTheyDo("cifs", true, false));
        assertRejectedFor("cifs", Subject.PROTOCOL_ENABLED, () -> SvmRules.protocolServicesRunAsTheyDo("cifs", false, true));
    }

    @Test
    void a_new_svm_holds_its_comment_and_an_empty_one_is_none() {
        assertEquals(Optional.of("branch"), Svm.create(new SvmName("svm1"), "branch", NONE, new SplittableRandom(1)).comment());
        assertEquals(Optional.empty(), Svm.create(new SvmName("svm1"), "", NONE, new SplittableRandom(1)).comment());
        assertRejected(SVM_SETTING_FIXED, Subject.LANGUAGE,
                () -> Svm.create(new SvmName("svm1"), null, language("fr"), new SplittableRandom(1)));
        assertRejected(SVM_COMMENT_TOO_LONG, Subject.COMMENT,
                () -> Svm.create(new SvmName("svm1"), "x".repeat(256), NONE, new SplittableRandom(1)));
    }

    @Test
    void a_change_renames_and_recomments_and_keeps_what_it_does_not_name() {
        Svm svm = aCifsSvm().build().change(Optional.empty(), Optional.of("first"), NONE);
        Svm renamed = svm.change(Optional.of(new SvmName("svm2")), Optional.empty(), NONE);
        assertEquals("svm2", renamed.name().value());
        assertEquals(Optional.of("first"), renamed.comment());
        assertEquals(svm.cifsServer(), renamed.cifsServer());
        assertEquals(svm.domainSid(), renamed.domainSid());
        assertEquals(Optional.empty(), renamed.change(Optional.empty(), Optional.of(""), NONE).comment());
    }

    @Test
    void a_change_is_refused_whole_when_a_setting_would_change_and_on_the_admin_svm() {
        Svm svm = aDataSvm().build();
        assertRejected(SVM_SETTING_FIXED, Subject.LANGUAGE, () -> svm.change(Optional.empty(), Optional.of("x"), language("fr")));
        assertRejected(SVM_COMMENT_TOO_LONG, Subject.COMMENT, () -> svm.change(Optional.empty(), Optional.of("x".repeat(256)), NONE));
        assertRejected(SVM_NOT_DATA, Subject.SVM, () -> anAdminSvm().build().change(Optional.empty(), Optional.of("x"), NONE));
    }

    private static void assertRejectedFor(String protocol, Subject setting, Executable change) {
        assertEquals(Optional.of(protocol), assertRejected(SVM_SETTING_FIXED, setting, change).protocol(), "protocol");
    }
}

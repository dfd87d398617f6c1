package org.gatewayusers.domain.ontap;

import static org.gatewayusers.domain.ontap.LocalUserDraftBuilder.aDraft;
import static org.gatewayusers.domain.ontap.OntapAssertions.assertRejected;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_EXISTS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.CIFS_SERVER_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.DESCRIPTION_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.FULL_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_CONTAINS_USER_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.PASSWORD_TOO_SIMPLE;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_HAS_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_NOT_DATA;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_UUID_DOES_NOT_MATCH_NAME;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.UNKNOWN_LOCAL_DOMAIN;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_BLANK;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_ENDS_WITH_PERIOD;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_HAS_ILLEGAL_CHARACTERS;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MATCHES_CIFS_SERVER;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_MISSING;
import static org.gatewayusers.domain.ontap.OntapRejection.Reason.USER_NAME_TOO_LONG;
import static org.gatewayusers.domain.ontap.SvmBuilder.aCifsSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.aDataSvm;
import static org.gatewayusers.domain.ontap.SvmBuilder.anAdminSvm;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SvmTest {

    @Nested
    class Creating {

        @Test
        void creates_a_data_svm_without_a_cifs_server() {
            Svm svm = Svm.create(new SvmName("svm1"), new SplittableRandom(7));

            assertEquals(SvmType.DATA, svm.type());
            assertEquals("svm1", svm.name().value());
            assertEquals(Optional.empty(), svm.cifsServer());
        }

        @Test
        void draws_its_domain_sid_from_the_random_generator() {
            Svm svm = Svm.create(new SvmName("svm1"), FixedRandom.drawing(1, 2, 3));

            assertEquals(new DomainSid("S-1-5-21-1-2-3"), svm.domainSid());
        }

        @Test
        void gives_each_new_svm_its_own_uuid() {
            SplittableRandom random = new SplittableRandom(7);
            assertNotEquals(Svm.create(new SvmName("svm1"), random).uuid(), Svm.create(new SvmName("svm2"), random).uuid());
        }
    }

    @Nested
    class Matching_a_selector {

        private final Svm svm = aDataSvm().named("svm1").build();

        @Test
        void matches_a_selector_by_uuid_alone() {
            assertDoesNotThrow(() -> svm.requireMatches(SvmSelector.byUuid(svm.uuid().value())));
        }

        @Test
        void matches_a_selector_giving_its_uuid_and_its_name() {
            assertDoesNotThrow(() -> svm.requireMatches(SvmSelector.of(svm.uuid().value(), "svm1")));
        }

        @Test
        void rejects_a_selector_whose_name_is_another_svms() {
            assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME,
                    () -> svm.requireMatches(SvmSelector.of(svm.uuid().value(), "svm2")));
        }

        @Test
        void compares_svm_names_exactly() {
            assertRejected(SVM_UUID_DOES_NOT_MATCH_NAME, Subject.SVM_BY_NAME,
                    () -> svm.requireMatches(SvmSelector.of(svm.uuid().value(), "SVM1")));
        }
    }

    @Nested
    class Creating_its_cifs_server {

        @Test
        void gives_a_data_svm_its_cifs_server() {
            Svm svm = aDataSvm().build();

            Svm withServer = svm.createCifsServer(new CifsServerName("smb_server01"));

            assertEquals(Optional.of(new CifsServer(new CifsServerName("SMB_SERVER01"))), withServer.cifsServer());
            assertEquals(svm.uuid(), withServer.uuid());
            assertEquals(svm.name(), withServer.name());
            assertEquals(svm.domainSid(), withServer.domainSid());
        }

        @Test
        void leaves_the_svm_it_was_asked_on_unchanged() {
            Svm svm = aDataSvm().build();

            svm.createCifsServer(new CifsServerName("SMB_SERVER01"));

            assertEquals(Optional.empty(), svm.cifsServer());
        }

        @Test
        void rejects_a_second_cifs_server() {
            Svm svm = aDataSvm().withCifsServer("SMB_SERVER01").build();

            assertRejected(CIFS_SERVER_EXISTS, Subject.SVM, () -> svm.createCifsServer(new CifsServerName("SMB_SERVER02")));
        }

        @Test
        void rejects_a_cifs_server_on_the_admin_svm() {
            Svm admin = anAdminSvm().build();

            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> admin.createCifsServer(new CifsServerName("SMB_SERVER01")));
        }
    }

    @Nested
    class Accepting_local_users {

        @Test
        void returns_the_cifs_server_of_a_data_svm() {
            assertEquals(new CifsServerName("SMB_SERVER01"),
                    aDataSvm().withCifsServer("SMB_SERVER01").build().requireAcceptsLocalUsers().localDomain());
        }

        @Test
        void rejects_local_users_on_a_data_svm_without_a_cifs_server() {
            assertRejected(CIFS_SERVER_MISSING, Subject.SVM, () -> aDataSvm().withoutCifsServer().build().requireAcceptsLocalUsers());
        }

        @Test
        void rejects_local_users_on_a_svm_that_is_not_a_data_svm() {
            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> anAdminSvm().withCifsServer("CLUSTER1").build().requireAcceptsLocalUsers());
        }

        @Test
        void reports_a_non_data_svm_before_a_missing_cifs_server() {
            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> anAdminSvm().withoutCifsServer().build().requireAcceptsLocalUsers());
        }
    }

    @Nested
    class Drafting_a_local_user {

        private final Svm svm = aCifsSvm().withCifsServer("SMB_SERVER01").build();

        @Test
        void stores_a_short_name_qualified_by_the_local_domain() {
            LocalUserDraft draft = aDraft().named("alex").on(svm);

            assertEquals("SMB_SERVER01\\alex", draft.name().qualified());
        }

        @Test
        void accepts_a_name_qualified_by_the_local_domain_in_any_case() {
            assertEquals("SMB_SERVER01\\alex", aDraft().named("smb_server01\\alex").on(svm).name().qualified());
        }

        @Test
        void belongs_to_the_svm() {
            assertEquals(svm.uuid(), aDraft().on(svm).svm());
        }

        @Test
        void carries_the_optional_fields_through() {
            LocalUserDraft draft = aDraft().withFullName("Alex Brown").withDescription("This is local user.").disabled()
                    .withPassword("Secr3t-pw").on(svm);

            assertEquals("Alex Brown", draft.fullName());
            assertEquals("This is local user.", draft.description());
            assertTrue(draft.accountDisabled());
            assertEquals(Password.of("Secr3t-pw"), draft.password());
        }

        @Test
        void leaves_the_account_enabled_unless_told() {
            assertFalse(aDraft().on(svm).accountDisabled());
        }

        @Test
        void accepts_a_full_name_and_a_description_of_256_characters() {
            LocalUserDraft draft = aDraft().withFullName("f".repeat(256)).withDescription("d".repeat(256)).on(svm);

            assertEquals(256, draft.fullName().length());
            assertEquals(256, draft.description().length());
        }

        @Test
        void rejects_local_users_on_a_svm_that_is_not_a_data_svm() {
            Svm admin = anAdminSvm().withCifsServer("CLUSTER1").build();

            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> aDraft().on(admin));
        }

        @Test
        void rejects_local_users_on_a_svm_without_a_cifs_server() {
            Svm withoutServer = aDataSvm().withoutCifsServer().build();

            assertRejected(CIFS_SERVER_MISSING, Subject.SVM, () -> aDraft().on(withoutServer));
        }

        static Stream<Arguments> requestsBreakingARule() {
            return Stream.of(
                    Arguments.of(aDraft().named(null), USER_NAME_MISSING, Subject.NAME),
                    Arguments.of(aDraft().named("  "), USER_NAME_BLANK, Subject.NAME),
                    Arguments.of(aDraft().named("a".repeat(21)), USER_NAME_TOO_LONG, Subject.NAME),
                    Arguments.of(aDraft().named("alex."), USER_NAME_ENDS_WITH_PERIOD, Subject.NAME),
                    Arguments.of(aDraft().named("al@ex"), USER_NAME_HAS_ILLEGAL_CHARACTERS, Subject.NAME),
                    Arguments.of(aDraft().named("smb_server01"), USER_NAME_MATCHES_CIFS_SERVER, Subject.NAME),
                    Arguments.of(aDraft().named("OTHER\\alex"), UNKNOWN_LOCAL_DOMAIN, Subject.NAME),
                    Arguments.of(aDraft().withFullName("f".repeat(257)), FULL_NAME_TOO_LONG, Subject.FULL_NAME),
                    Arguments.of(aDraft().withDescription("d".repeat(257)), DESCRIPTION_TOO_LONG, Subject.DESCRIPTION),
                    Arguments.of(aDraft().withPassword(null), PASSWORD_MISSING, Subject.PASSWORD),
                    Arguments.of(aDraft().withPassword("Ab1!x"), PASSWORD_TOO_SHORT, Subject.PASSWORD),
                    Arguments.of(aDraft().named("alex").withPassword("My-Alex-1"), PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD),
                    Arguments.of(aDraft().withPassword("abcd1234"), PASSWORD_TOO_SIMPLE, Subject.PASSWORD));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("requestsBreakingARule")
        void applies_every_rule_of_the_page(LocalUserDraftBuilder request, OntapRejection.Reason reason,
                Subject subject) {
            assertRejected(reason, subject, () -> request.on(svm));
        }

        @Test
        void checks_the_password_against_the_account_not_the_qualified_name() {
            assertDoesNotThrow(() -> aDraft().named("alex").withPassword("Smb_server01-1").on(svm));
            assertRejected(PASSWORD_CONTAINS_USER_NAME, Subject.PASSWORD,
                    () -> aDraft().named("SMB_SERVER01\\alex").withPassword("1-ALEX-x").on(svm));
        }

        @Test
        void reports_a_missing_name_before_a_missing_password() {
            assertRejected(USER_NAME_MISSING, Subject.NAME, () -> aDraft().named(null).withPassword(null).on(svm));
        }
    }

    @Nested
    class Being_deleted {

        @Test
        void lets_a_data_svm_without_a_cifs_server_be_deleted() {
            assertDoesNotThrow(() -> aDataSvm().withoutCifsServer().build().requireDeletable());
        }

        @Test
        void refuses_while_the_svm_runs_a_cifs_server() {
            assertRejected(SVM_HAS_CIFS_SERVER, Subject.UUID, () -> aCifsSvm().build().requireDeletable());
        }

        @Test
        void refuses_the_admin_svm() {
            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> anAdminSvm().withoutCifsServer().build().requireDeletable());
            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> anAdminSvm().withCifsServer("CLUSTER1").build().requireDeletable());
        }

        @Test
        void may_be_deleted_once_its_cifs_server_is_gone() {
            Svm withoutServer = aCifsSvm().build().withoutCifsServer();

            assertDoesNotThrow(withoutServer::requireDeletable);
        }
    }

    @Nested
    class Losing_its_cifs_server {

        @Test
        void keeps_its_identity_without_the_server() {
            Svm svm = aCifsSvm().named("svm1").build();

            Svm withoutServer = svm.withoutCifsServer();

            assertEquals(Optional.empty(), withoutServer.cifsServer());
            assertEquals(svm.uuid(), withoutServer.uuid());
            assertEquals(svm.name(), withoutServer.name());
            assertEquals(svm.type(), withoutServer.type());
            assertEquals(svm.domainSid(), withoutServer.domainSid());
        }

        @Test
        void leaves_the_svm_it_was_asked_on_unchanged() {
            Svm svm = aCifsSvm().build();

            svm.withoutCifsServer();

            assertEquals(new CifsServerName("SMB_SERVER01"), svm.requireAcceptsLocalUsers().localDomain());
        }

        @Test
        void accepts_a_new_cifs_server_afterwards() {
            Svm again = aCifsSvm().build().withoutCifsServer().createCifsServer(new CifsServerName("SMB_SERVER02"));

            assertEquals(new CifsServerName("SMB_SERVER02"), again.requireAcceptsLocalUsers().localDomain());
        }

        @Test
        void rejects_a_svm_without_a_cifs_server() {
            assertRejected(CIFS_SERVER_MISSING, Subject.SVM, () -> aDataSvm().withoutCifsServer().build().withoutCifsServer());
        }

        @Test
        void rejects_the_admin_svm() {
            assertRejected(SVM_NOT_DATA, Subject.SVM, () -> anAdminSvm().withCifsServer("CLUSTER1").build().withoutCifsServer());
        }
    }

    @Test
    void builds_a_user_sid_from_its_domain_sid_and_a_rid() {
        Svm svm = aDataSvm().withDomainSid("S-1-5-21-256008430-3394229847-3930036330").build();

        assertEquals(new Sid("S-1-5-21-256008430-3394229847-3930036330-1000"), svm.sidFor(Rid.FIRST_LOCAL_ACCOUNT));
        assertEquals(new Sid("S-1-5-21-256008430-3394229847-3930036330-1001"), svm.sidFor(new Rid(1001)));
    }
}

package org.gatewayusers.rest.ontap.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Reason;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OntapErrorCatalogTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void maps_every_reason_to_a_client_error_with_a_code_of_digits(Reason reason) {
        OntapError error = OntapErrorCatalog.of(reason);

        assertNotNull(error, reason.name());
        assertTrue(error.status() >= 400 && error.status() < 500, reason + " -> " + error.status());
        assertTrue(error.code().matches("[0-9]+"), reason + " -> " + error.code());
        assertFalse(error.message().isBlank(), reason.name());
    }

    /** Every row of the spec page's "ONTAP Error Response Codes", with the reasons that raise it. */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            USER_NAME_MISSING                | 400 | 262278  | Name and password are required fields.
            PASSWORD_MISSING                 | 400 | 262278  | Name and password are required fields.
            CIFS_SERVER_MISSING              | 400 | 655399  | CIFS server must exist to create a local user or group.
            SVM_NOT_DATA                     | 400 | 655660  | The operation is allowed only on data SVMs.
            USER_NAME_TOO_LONG               | 400 | 655661  | The user name should not exceed 20 characters.
            FULL_NAME_TOO_LONG               | 400 | 655661  | The full_name should not exceed 256 characters.
            DESCRIPTION_TOO_LONG             | 400 | 655661  | The description should not exceed 256 characters.
            USER_NAME_MATCHES_CIFS_SERVER    | 400 | 655665  | The user name must not match the CIFS server name of the specified SVM.
            USER_NAME_HAS_ILLEGAL_CHARACTERS | 400 | 655668  | The specified user name contains illegal characters
            USER_NAME_ENDS_WITH_PERIOD       | 400 | 655668  | The specified user name contains illegal characters
            UNKNOWN_LOCAL_DOMAIN             | 400 | 655675  | The local domain name specified in user name doesn't exist.
            USER_NAME_BLANK                  | 400 | 655682  | The user name cannot be blank.
            PASSWORD_TOO_SHORT               | 400 | 655733  | The password does not meet the password complexity requirements
            PASSWORD_CONTAINS_USER_NAME      | 400 | 655733  | The password does not meet the password complexity requirements
            PASSWORD_TOO_SIMPLE              | 400 | 655733  | The password does not meet the password complexity requirements
            USER_EXISTS                      | 409 | 655736  | The specified user name already exists.
            SVM_UUID_DOES_NOT_MATCH_NAME     | 400 | 2621706 | The specified SVM UUID is incorrect for the specified SVM name.
            """)
    void gives_each_reason_of_the_spec_page_its_code_status_and_message(Reason reason, int status, String code,
            String message) {
        OntapError error = OntapErrorCatalog.of(reason);

        assertEquals(code, error.code(), reason.name());
        assertEquals(status, error.status(), reason.name());
        assertTrue(error.message().startsWith(message), reason + ": " + error.message());
    }

    @Test
    void uses_every_error_code_of_the_spec_page() {
        Set<String> specCodes = Set.of("262278", "655399", "655660", "655661", "655665", "655668", "655675", "655682",
                "655733", "655736", "2621706");

        for (String code : specCodes) {
            assertTrue(EnumSet.allOf(Reason.class).stream().anyMatch(reason -> OntapErrorCatalog.of(reason).code().equals(code)),
                    code);
        }
    }

    @Test
    void answers_an_unknown_svm_with_not_found() {
        OntapError error = OntapErrorCatalog.of(Reason.SVM_NOT_FOUND);

        assertEquals(404, error.status());
    }

    @Test
    void answers_an_unknown_local_user_with_the_generic_entry_not_found() {
        OntapError error = OntapErrorCatalog.of(Reason.USER_NOT_FOUND);

        assertEquals(404, error.status());
        assertEquals("4", error.code());
        assertEquals("entry doesn't exist", error.message());
    }

    @Test
    void asks_for_the_svm_as_a_missing_required_field() {
        OntapError error = OntapErrorCatalog.of(Reason.SVM_NOT_GIVEN);

        assertEquals(400, error.status());
        assertEquals("262278", error.code());
        assertTrue(error.message().contains("svm.uuid or svm.name"), error.message());
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"USER_EXISTS", "SVM_EXISTS", "CIFS_SERVER_EXISTS"})
    void answers_what_already_exists_with_conflict(Reason reason) {
        assertEquals(409, OntapErrorCatalog.of(reason).status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name", "full_name", "description"})
    void reports_an_oversized_field_as_the_spec_reports_a_value_too_long(String field) {
        OntapError error = OntapErrorCatalog.oversized(field);

        assertEquals(400, error.status());
        assertEquals("655661", error.code());
    }

    @Test
    void reports_an_oversized_name_with_the_user_name_message() {
        assertEquals(OntapErrorCatalog.of(Reason.USER_NAME_TOO_LONG), OntapErrorCatalog.oversized("name"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password", "membership", "svm.name"})
    void reports_other_oversized_fields_as_a_bad_field_naming_it(String field) {
        OntapError error = OntapErrorCatalog.oversized(field);

        assertEquals(400, error.status());
        assertEquals("2", error.code());
        assertTrue(error.message().contains("\"" + field + "\""), error.message());
    }

    /** What a rejection is about, as ONTAP's error names it: the JSON field of the request, its {@code target}. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "NAME, name", "FULL_NAME, full_name", "DESCRIPTION, description", "PASSWORD, password", "SID, sid",
            "MEMBERSHIP, membership", "ROLE, role", "PRIVILEGES, privileges", "SVM, svm", "SVM_BY_UUID, svm.uuid",
            "SVM_BY_NAME, svm.name", "UUID, uuid", "COMMENT, comment", "LANGUAGE, language", "STATE, state",
            "SUBTYPE, subtype", "IPSPACE, ipspace", "SNAPSHOT_POLICY, snapshot_policy", "AGGREGATES, aggregates",
            "MAX_VOLUMES, max_volumes", "PROTOCOL_ALLOWED, nfs.allowed", "PROTOCOL_ENABLED, nfs.enabled"})
    void names_each_subject_as_the_json_field_of_the_request(Subject subject, String target) {
        assertEquals(target, OntapErrorCatalog.target(aRejectionAbout(subject)));
    }

    @ParameterizedTest
    @EnumSource(Subject.class)
    void names_every_subject_as_a_json_field(Subject subject) {
        String target = OntapErrorCatalog.target(aRejectionAbout(subject));

        assertTrue(target.matches("[a-z_]+(\\.[a-z_]+)?"), subject + " -> " + target);
    }

    @Test
    void names_no_target_for_a_rejection_about_nothing_in_particular() {
        assertNull(OntapErrorCatalog.target(new OntapRejection(Reason.SVM_NOT_FOUND, null)));
    }

    private static OntapRejection aRejectionAbout(Subject subject) {
        return switch (subject) {
            case PROTOCOL_ALLOWED, PROTOCOL_ENABLED ->
                    OntapRejection.aboutProtocol(Reason.SVM_SETTING_FIXED, subject, "nfs", "true");
            default -> new OntapRejection(Reason.SVM_SETTING_FIXED, subject);
        };
    }

    @Test
    void keeps_the_generic_codes_of_the_ontap_api() {
        assertEquals(new OntapError(400, "2", OntapErrorCatalog.BAD_REQUEST.message()), OntapErrorCatalog.BAD_REQUEST);
        assertEquals("262278", OntapErrorCatalog.REQUIRED_FIELD_MISSING.code());
        assertEquals(404, OntapErrorCatalog.ENTRY_NOT_FOUND.status());
        assertEquals("4", OntapErrorCatalog.ENTRY_NOT_FOUND.code());
        assertEquals(405, OntapErrorCatalog.METHOD_NOT_ALLOWED.status());
        assertEquals(415, OntapErrorCatalog.UNSUPPORTED_MEDIA_TYPE.status());
        assertEquals(500, OntapErrorCatalog.INTERNAL.status());
    }
}

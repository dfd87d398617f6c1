package org.gatewayusers.domain.access;

import static org.gatewayusers.domain.access.AccessAssertions.assertRejected;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_IS_CONFIGURED;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_NAME_INVALID;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_CONTAINS_NAME;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_LONG;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_SHORT;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_PASSWORD_TOO_SIMPLE;
import static org.gatewayusers.domain.access.AccessRejection.Reason.ACCOUNT_ROLE_INVALID;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.access.AccessRejection.Subject;
import org.gatewayusers.domain.shared.CredentialHash;
import org.gatewayusers.domain.shared.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accounts of the ONTAP REST API: names, roles, password rules, and configured accounts being fixed. */
class ApiAccountTest {

    private static final CredentialHash HASH = new CredentialHash("TEST", "abc");
    private static final ApiAccountName OPS = new ApiAccountName("ops");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "a", "ops.team-1", "bjørn", "運用者", "svc_ansible@corp", "x234567890123456789012345678901234567890123456789012345678901234"})
    void accepts_names_of_1_to_64_letters_digits_and_a_few_signs(String name) {
        assertEquals(name, new ApiAccountName(name).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a:b", "with space", "tab\tname", "slash/name", "back\\slash", "semi;colon",
            "x2345678901234567890123456789012345678901234567890123456789012345", "nul\u0000"})
    void refuses_other_names(String name) {
        assertRejected(ACCOUNT_NAME_INVALID, Subject.NAME, () -> new ApiAccountName(name));
    }

    @Test
    void refuses_a_missing_name() {
        assertRejected(ACCOUNT_NAME_INVALID, Subject.NAME, () -> ApiAccountName.parse(null));
    }

    @Test
    void knows_the_roles_admin_and_readonly_and_only_admin_may_change() {
        assertEquals(ApiRole.ADMIN, ApiRole.parse("admin"));
        assertEquals(ApiRole.READONLY, ApiRole.parse("readonly"));
        assertTrue(ApiRole.ADMIN.mayChange());
        assertFalse(ApiRole.READONLY.mayChange());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "root", "", "read-only"})
    void refuses_other_roles(String role) {
        assertRejected(ACCOUNT_ROLE_INVALID, Subject.ROLE, () -> ApiRole.parse(role));
    }

    @Test
    void refuses_a_missing_role() {
        assertRejected(ACCOUNT_ROLE_INVALID, Subject.ROLE, () -> ApiRole.parse(null));
    }

    @Test
    void a_password_has_at_least_8_characters() {
        assertRejected(ACCOUNT_PASSWORD_TOO_SHORT, Subject.PASSWORD,
                () -> ApiAccount.requireAcceptablePassword(OPS, Password.of("abc1234")));
        assertDoesNotThrow(() -> ApiAccount.requireAcceptablePassword(OPS, Password.of("abc12345")));
    }

    @Test
    void a_password_has_at_most_128_characters() {
        assertRejected(ACCOUNT_PASSWORD_TOO_LONG, Subject.PASSWORD,
                () -> ApiAccount.requireAcceptablePassword(OPS, Password.of("a1".repeat(64) + "x")));
        assertDoesNotThrow(() -> ApiAccount.requireAcceptablePassword(OPS, Password.of("a1".repeat(64))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"onlyletters", "12345678", "!!!!----"})
    void a_password_has_a_letter_and_a_digit(String password) {
        assertRejected(ACCOUNT_PASSWORD_TOO_SIMPLE, Subject.PASSWORD,
                () -> ApiAccount.requireAcceptablePassword(OPS, Password.of(password)));
    }

    @Test
    void letters_and_digits_of_any_script_count() {
        assertDoesNotThrow(() -> ApiAccount.requireAcceptablePassword(OPS, Password.of("Pässwörd-Ωmega-密码-1")));
        assertDoesNotThrow(() -> ApiAccount.requireAcceptablePassword(OPS, Password.of("密码密码密码密码١")));
    }

    @Test
    void a_password_does_not_contain_the_account_name_in_any_case() {
        assertRejected(ACCOUNT_PASSWORD_CONTAINS_NAME, Subject.PASSWORD,
                () -> ApiAccount.requireAcceptablePassword(OPS, Password.of("my-OPS-pass1")));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // 8 characters outside the Basic Multilingual Plane, 16 UTF-16 units
        assertDoesNotThrow(() -> ApiAccount.requireAcceptablePassword(OPS, Password.of("𝒜𝒷𝒸𝒹𝑒𝒻𝑔1")));
        assertRejected(ACCOUNT_PASSWORD_TOO_SHORT, Subject.PASSWORD,
                () -> ApiAccount.requireAcceptablePassword(OPS, Password.of("𝒜𝒷𝒸𝒹𝑒𝒻1")));
    }

    @Test
    void a_stored_account_changes_its_role_and_credential() {
        ApiAccount account = ApiAccount.register(OPS, ApiRole.READONLY, HASH);
        CredentialHash other = new CredentialHash("TEST", "def");

        ApiAccount changed = account.withRole(ApiRole.ADMIN).withCredential(other);

        assertEquals(ApiRole.ADMIN, changed.role());
        assertEquals(other, changed.credential());
        assertEquals(OPS, changed.name());
        assertFalse(changed.configured());
    }

    @Test
    void a_configured_account_cannot_be_changed() {
        ApiAccount configured = ApiAccount.configured(new ApiAccountName("admin"), ApiRole.ADMIN, HASH);

        assertRejected(ACCOUNT_IS_CONFIGURED, Subject.NAME, configured::requireChangeable);
        assertRejected(ACCOUNT_IS_CONFIGURED, Subject.NAME, () -> configured.withRole(ApiRole.READONLY));
        assertRejected(ACCOUNT_IS_CONFIGURED, Subject.NAME, () -> configured.withCredential(HASH));
    }

    @Test
    void never_prints_its_credential() {
        ApiAccount account = ApiAccount.register(OPS, ApiRole.ADMIN, new CredentialHash("TEST", "secret-hash"));
        assertFalse(account.toString().contains("secret-hash"), account.toString());
    }
}

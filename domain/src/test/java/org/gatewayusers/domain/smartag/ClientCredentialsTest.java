package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.EMAIL_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_WITHOUT_PASSWORD;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_WITHOUT_NAME;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** "用户名和密码相互依赖": both or neither; with neither, a generated password and the mail address as the name. */
class ClientCredentialsTest {

    private static final String MAIL = "username@example.com";
    private final SplittableRandom random = new SplittableRandom(3);

    @Test
    void takes_the_name_and_password_given() {
        ClientCredentials credentials = ClientCredentials.resolve("doctest", Password.of("duuf1234"), MAIL, random);

        assertEquals(new SagUserName("doctest"), credentials.name());
        assertEquals(new EmailAddress(MAIL), credentials.mail());
        assertEquals(Password.of("duuf1234"), credentials.password());
        assertFalse(credentials.passwordGenerated());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_name_without_its_password(String password) {
        assertRejected(NAME_WITHOUT_PASSWORD, Subject.PASSWORD, () -> ClientCredentials.resolve("doctest",
                password == null ? null : Password.of(password), MAIL, random));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejects_a_password_without_its_name(String name) {
        assertRejected(PASSWORD_WITHOUT_NAME, Subject.USER_NAME,
                () -> ClientCredentials.resolve(name, Password.of("duuf1234"), MAIL, random));
    }

    @Test
    void with_neither_the_mail_address_becomes_the_name_and_a_password_is_generated() {
        ClientCredentials credentials = ClientCredentials.resolve(null, null, MAIL, random);

        assertEquals(new SagUserName(MAIL), credentials.name());
        assertTrue(credentials.passwordGenerated());
        assertDoesNotThrow(() -> SagPasswordRules.check(credentials.password()));
    }

    @Test
    void empty_texts_are_absent_parameters() {
        ClientCredentials credentials = ClientCredentials.resolve("", Password.of(""), MAIL, random);

        assertEquals(new SagUserName(MAIL), credentials.name());
        assertTrue(credentials.passwordGenerated());
    }

    @Test
    void generates_another_password_each_time() {
        assertNotEquals(ClientCredentials.resolve(null, null, MAIL, random).password(),
                ClientCredentials.resolve(null, null, MAIL, random).password());
    }

    @Test
    void checks_the_pairing_then_the_name_then_the_mail_address_then_the_password() {
        assertRejected(NAME_WITHOUT_PASSWORD, Subject.PASSWORD, () -> ClientCredentials.resolve("x", null, null, random));
        assertRejected(NAME_INVALID, Subject.USER_NAME,
                () -> ClientCredentials.resolve("x", Password.of("-"), null, random));
        assertRejected(EMAIL_EMPTY, Subject.USER_MAIL,
                () -> ClientCredentials.resolve("doctest", Password.of("-"), null, random));
        assertRejected(EMAIL_INVALID, Subject.USER_MAIL,
                () -> ClientCredentials.resolve("doctest", Password.of("-"), "nope", random));
        assertRejected(PASSWORD_INVALID, Subject.PASSWORD,
                () -> ClientCredentials.resolve("doctest", Password.of("-"), MAIL, random));
    }

    @Test
    void a_generated_name_obeys_the_name_rules() {
        assertRejected(NAME_INVALID, Subject.USER_MAIL, () -> ClientCredentials.resolve(null, null, "a@b.cn", random));
        assertRejected(EMAIL_EMPTY, Subject.USER_MAIL, () -> ClientCredentials.resolve(null, null, null, random));
    }

    @Test
    void never_prints_the_password() {
        ClientCredentials credentials = ClientCredentials.resolve("doctest", Password.of("duuf1234"), MAIL, random);

        assertFalse(credentials.toString().contains("duuf1234"), credentials.toString());
    }
}

package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.ClientUserBuilder.aClientUser;
import static org.gatewayusers.domain.smartag.SagInstanceBuilder.anInstance;
import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.NAME_EMPTY;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.PASSWORD_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.REGION_MISMATCH;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_NOT_FOUND;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.gatewayusers.domain.shared.Password;
import org.gatewayusers.domain.smartag.SagInstance;
import org.gatewayusers.domain.smartag.SagPasswordRules;
import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** ResetSmartAccessGatewayClientUserPassword: the password given, or a generated one answered once. */
class ResetClientUserPasswordTest {

    private static final String REGION = "cn-shanghai";

    private final SagInstance instance = anInstance().build();
    private final InMemoryClientUsers users = new InMemoryClientUsers(aClientUser().of(instance).named("doctest").build());
    private final InMemorySagInstances instances = new InMemorySagInstances(users, instance);
    private final FakeClientPasswordHasher hasher = new FakeClientPasswordHasher();
    private final ResetClientUserPassword reset =
            new ResetClientUserPassword(instances, users, hasher, new SplittableRandom(5));

    private ResetClientUserPasswordResult reset(String userName, String password) {
        return reset.reset(new ResetClientUserPasswordCommand(REGION, instance.id().value(), userName,
                password == null ? null : Password.of(password)));
    }

    @Test
    void stores_the_hash_of_the_password_given_and_answers_no_password() {
        ResetClientUserPasswordResult result = reset("DocTest", "n3w-Passw0rd");

        assertEquals("doctest", result.userName());
        assertNull(result.generatedPassword());
        assertEquals(FakeClientPasswordHasher.expectedFor("n3w-Passw0rd"),
                users.stored(instance.id(), "doctest").credential());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void generates_a_password_when_none_is_given_and_answers_it_once(String password) {
        ResetClientUserPasswordResult result = reset("doctest", password);

        Password generated = result.generated().orElseThrow();
        assertDoesNotThrow(() -> SagPasswordRules.check(generated));
        assertTrue(hasher.matches(generated, users.stored(instance.id(), "doctest").credential()));
    }

    @Test
    void rejects_a_password_that_breaks_the_rules_and_keeps_the_old_one() {
        var before = users.stored(instance.id(), "doctest").credential();

        assertRejected(PASSWORD_INVALID, Subject.PASSWORD, () -> reset("doctest", "short"));
        assertEquals(before, users.stored(instance.id(), "doctest").credential());
        assertEquals(0, hasher.uses());
    }

    @Test
    void rejects_a_missing_name_an_unknown_user_and_another_region() {
        assertRejected(NAME_EMPTY, Subject.USER_NAME, () -> reset(null, "n3w-Passw0rd"));
        assertRejected(USER_NOT_FOUND, Subject.USER_NAME, () -> reset("nobody1", "n3w-Passw0rd"));
        assertRejected(REGION_MISMATCH, Subject.REGION, () -> reset.reset(new ResetClientUserPasswordCommand(
                "cn-beijing", instance.id().value(), "doctest", null)));
    }
}

package org.gatewayusers.domain.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_INVALID;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.USER_COUNT_NOT_RAISED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatewayusers.domain.smartag.SmartagRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client-account quota ({@code UserCount}): 1 to 2,000; ClientUser.UserOverLimit past it. */
class SagUserLimitTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 2_000})
    void accepts_1_to_2000_accounts(int count) {
        assertEquals(count, SagUserLimit.parse(count).value());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 2_001, Integer.MAX_VALUE})
    void rejects_a_quota_outside_1_to_2000(int count) {
        assertRejected(USER_COUNT_INVALID, Subject.USER_COUNT, () -> SagUserLimit.parse(count));
    }

    @Test
    void rejects_no_quota() {
        assertRejected(USER_COUNT_INVALID, Subject.USER_COUNT, () -> SagUserLimit.parse(null));
    }

    @Test
    void allows_users_up_to_the_quota_and_not_one_more() {
        SagUserLimit limit = new SagUserLimit(3);

        assertTrue(limit.allowsAnother(2));
        assertFalse(limit.allowsAnother(3));
        assertFalse(limit.allowsAnother(4));
    }

    @Test
    void is_raised_only() {
        SagUserLimit limit = new SagUserLimit(10);

        assertDoesNotThrow(() -> limit.requireRaisedBy(new SagUserLimit(11)));
        assertRejected(USER_COUNT_NOT_RAISED, Subject.USER_COUNT, () -> limit.requireRaisedBy(new SagUserLimit(10)));
        assertRejected(USER_COUNT_NOT_RAISED, Subject.USER_COUNT, () -> limit.requireRaisedBy(new SagUserLimit(5)));
    }
}

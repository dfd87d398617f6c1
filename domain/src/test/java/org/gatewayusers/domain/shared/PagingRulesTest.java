package org.gatewayusers.domain.shared;

import static org.gatewayusers.domain.shared.PagingAssertions.assertRejected;
import static org.gatewayusers.domain.shared.PagingRejection.Reason.PAGE_NUMBER_INVALID;
import static org.gatewayusers.domain.shared.PagingRejection.Reason.PAGE_SIZE_INVALID;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gatewayusers.domain.shared.PagingRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PageNumber (from 1, default 1) and PageSize (1 to 50, default 10) of the RPC family's Describe... calls. */
class PagingRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 1000, Integer.MAX_VALUE})
    void accepts_a_page_number_from_1(int pageNumber) {
        assertDoesNotThrow(() -> PagingRules.pageNumberStartsAtOne(pageNumber));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejects_a_page_number_below_1(int pageNumber) {
        assertRejected(PAGE_NUMBER_INVALID, Subject.PAGE_NUMBER, () -> PagingRules.pageNumberStartsAtOne(pageNumber));
        assertRejected(PAGE_NUMBER_INVALID, Subject.PAGE_NUMBER, () -> PagingRules.check(pageNumber, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 50})
    void accepts_a_page_size_of_1_to_50(int pageSize) {
        assertDoesNotThrow(() -> PagingRules.pageSizeIsOneToFifty(pageSize));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejects_a_page_size_outside_1_to_50(int pageSize) {
        assertRejected(PAGE_SIZE_INVALID, Subject.PAGE_SIZE, () -> PagingRules.pageSizeIsOneToFifty(pageSize));
        assertRejected(PAGE_SIZE_INVALID, Subject.PAGE_SIZE, () -> PagingRules.check(1, pageSize));
    }

    @Test
    void checks_the_page_number_before_the_page_size() {
        assertRejected(PAGE_NUMBER_INVALID, Subject.PAGE_NUMBER, () -> PagingRules.check(0, 0));
    }

    @Test
    void defaults_to_page_1_of_10() {
        assertEquals(1, PagingRules.pageNumberOrDefault(null));
        assertEquals(10, PagingRules.pageSizeOrDefault(null));
        assertEquals(3, PagingRules.pageNumberOrDefault(3));
        assertEquals(50, PagingRules.pageSizeOrDefault(50));
    }

    @Test
    void a_rejection_carries_its_reason_and_its_subject() {
        PagingRejection rejection = new PagingRejection(PAGE_SIZE_INVALID, Subject.PAGE_SIZE);

        assertEquals(PAGE_SIZE_INVALID, rejection.reason());
        assertEquals(Optional.of(Subject.PAGE_SIZE), rejection.subject());
        assertTrue(rejection.getMessage().contains("PAGE_SIZE_INVALID"), rejection.getMessage());
        assertTrue(rejection.getMessage().contains("PAGE_SIZE"), rejection.getMessage());
    }
}

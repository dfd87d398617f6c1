package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SmartagAssertions.assertRejected;
import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INVALID_PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PageNumber (default 1) and PageSize (default 10, at most 50) of the Describe... calls. */
class PageRequestTest {

    @Test
    void defaults_to_page_1_of_10() {
        assertEquals(new PageRequest(1, 10), PageRequest.of(null, null));
        assertEquals(new PageRequest(3, 10), PageRequest.of(3, null));
        assertEquals(new PageRequest(1, 50), PageRequest.of(null, 50));
        assertEquals(PageRequest.of(null, null), PageRequest.first());
    }

    @Test
    void starts_a_page_after_the_pages_before_it() {
        assertEquals(0, PageRequest.of(1, 10).offset());
        assertEquals(20, PageRequest.of(3, 10).offset());
    }

    @Test
    void knows_a_page_beyond_what_a_store_can_page_through() {
        assertTrue(PageRequest.of(Integer.MAX_VALUE, 50).beyondReach());
        assertFalse(PageRequest.of(1000, 50).beyondReach());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejects_a_page_number_below_1(int pageNumber) {
        assertRejected(INVALID_PAGE, "PageNumber", () -> PageRequest.of(pageNumber, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51})
    void rejects_a_page_size_outside_1_to_50(int pageSize) {
        assertRejected(INVALID_PAGE, "PageSize", () -> PageRequest.of(1, pageSize));
    }
}

package org.gatewayusers.application.shared;

import static org.gatewayusers.domain.shared.PagingAssertions.assertRejected;
import static org.gatewayusers.domain.shared.PagingRejection.Reason.PAGE_NUMBER_INVALID;
import static org.gatewayusers.domain.shared.PagingRejection.Reason.PAGE_SIZE_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gatewayusers.domain.shared.PagingRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PageNumber (default 1) and PageSize (default 10, at most 50) of the Describe... calls, and the page they give. */
class PageRequestTest {

    @Test
    void defaults_to_page_1_of_10() {
        assertEquals(new PageRequest(1, 10), PageRequest.of(null, null));
        assertEquals(new PageRequest(3, 10), PageRequest.of(3, null));
        assertEquals(new PageRequest(1, 50), PageRequest.of(null, 50));
        assertEquals(PageRequest.of(null, null), PageRequest.first());
    }

    @Test
    void knows_the_first_page() {
        assertTrue(PageRequest.first().isFirst());
        assertTrue(PageRequest.of(1, 50).isFirst());
        assertFalse(PageRequest.of(2, 10).isFirst());
    }

    @Test
    void starts_a_page_after_the_pages_before_it() {
        assertEquals(0, PageRequest.of(1, 10).offset());
        assertEquals(20, PageRequest.of(3, 10).offset());
        assertEquals((long) (Integer.MAX_VALUE - 1) * 50, PageRequest.of(Integer.MAX_VALUE, 50).offset());
    }

    @Test
    void knows_a_page_beyond_what_a_store_can_page_through() {
        assertTrue(PageRequest.of(Integer.MAX_VALUE, 50).beyondReach());
        assertFalse(PageRequest.of(1000, 50).beyondReach());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejects_a_page_number_below_1(int pageNumber) {
        assertRejected(PAGE_NUMBER_INVALID, Subject.PAGE_NUMBER, () -> PageRequest.of(pageNumber, 10));
        assertRejected(PAGE_NUMBER_INVALID, Subject.PAGE_NUMBER, () -> new PageRequest(pageNumber, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, 100})
    void rejects_a_page_size_outside_1_to_50(int pageSize) {
        assertRejected(PAGE_SIZE_INVALID, Subject.PAGE_SIZE, () -> PageRequest.of(1, pageSize));
        assertRejected(PAGE_SIZE_INVALID, Subject.PAGE_SIZE, () -> new PageRequest(1, pageSize));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 50})
    void accepts_a_page_size_of_1_to_50(int pageSize) {
        assertEquals(pageSize, PageRequest.of(1, pageSize).pageSize());
    }

    @Test
    void a_page_shows_its_items_with_the_request_it_answers() {
        Page<String> page = Page.of(PageRequest.of(2, 3), 7, List.of(4, 5, 6), String::valueOf);

        assertEquals(new Page<>(7, 2, 3, List.of("4", "5", "6")), page);
    }

    @Test
    void a_page_keeps_a_copy_of_its_items() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(1, 1, 10, items);
        items.add("b");

        assertEquals(List.of("a"), page.items());
    }
}

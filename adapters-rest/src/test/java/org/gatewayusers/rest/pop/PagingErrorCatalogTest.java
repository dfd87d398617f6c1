package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gatewayusers.domain.shared.PagingRejection;
import org.gatewayusers.domain.shared.PagingRejection.Reason;
import org.gatewayusers.domain.shared.PagingRejection.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PagingErrorCatalogTest {

    @ParameterizedTest
    @EnumSource(Reason.class)
    void maps_every_reason_to_invalid_parameter(Reason reason) {
        PopError error = PagingErrorCatalog.of(reason);

        assertEquals(400, error.status(), () -> reason + " -> " + error);
        assertEquals("InvalidParameter", error.code());
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({
            "PAGE_NUMBER_INVALID, PageNumber, from 1",
            "PAGE_SIZE_INVALID, PageSize, from 1 to 50",
    })
    void names_the_parameter_at_fault_and_what_it_may_be(Reason reason, String parameter, String range) {
        String message = PagingErrorCatalog.of(reason).message();

        assertTrue(message.contains("\"" + parameter + "\""), message);
        assertTrue(message.contains(range), message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PAGE_NUMBER, PageNumber", "PAGE_SIZE, PageSize"})
    void names_each_subject_as_the_parameter_that_pages_read(Subject subject, String parameter) {
        assertEquals(parameter, PagingErrorCatalog.parameter(subject));
        assertTrue(List.of(PopPaging.PAGE_NUMBER.name(), PopPaging.PAGE_SIZE.name()).contains(parameter), parameter);
    }

    @Test
    void names_the_parameter_of_a_paging_rejection() {
        assertEquals(Optional.of("PageSize"),
                new PagingErrorCatalog().parameter(new PagingRejection(Reason.PAGE_SIZE_INVALID, Subject.PAGE_SIZE)));
    }

    @Test
    void picks_the_paging_rejections_by_type() {
        PagingErrorCatalog catalog = new PagingErrorCatalog();

        assertEquals(PagingRejection.class, catalog.rejectionType());
        assertEquals(PagingErrorCatalog.of(Reason.PAGE_SIZE_INVALID),
                catalog.of(new PagingRejection(Reason.PAGE_SIZE_INVALID, Subject.PAGE_SIZE)));
    }
}

package org.gatewayusers.rest.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopPagingTest {

    private static PopRequest query(String rawQuery) {
        return PopRequest.of("GET", rawQuery, null);
    }

    @Test
    void reads_page_1_of_10_when_the_request_names_none() {
        assertEquals(PageRequest.of(1, 10), PopPaging.page(query("Action=DescribeGateways")));
        assertEquals(PageRequest.of(1, 10), PopPaging.page(query("PageNumber=&PageSize=")));
    }

    @Test
    void reads_the_page_a_request_names() {
        assertEquals(PageRequest.of(3, 50), PopPaging.page(query("PageNumber=3&PageSize=50")));
    }

    @Test
    void reads_page_no_as_older_sdks_send_page_number() {
        assertEquals(PageRequest.of(4, 20), PopPaging.page(query("PageNo=4&PageSize=20")));
        assertEquals(PageRequest.of(4, 10), PopPaging.page(query("PageNo=4&PageNumber=4")));
        assertEquals("InvalidParameter",
                assertThrows(PopException.class, () -> PopPaging.page(query("PageNo=4&PageNumber=5"))).error().code());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"PageNumber, 0", "PageNumber, -1", "PageNumber, x", "PageSize, 0", "PageSize, 51", "PageSize, x"})
    void refuses_a_page_parameter_out_of_range_as_invalid_parameter(String name, String value) {
        PopException refused = assertThrows(PopException.class, () -> PopPaging.page(query(name + "=" + value)));

        assertEquals(400, refused.error().status());
        assertEquals("InvalidParameter", refused.error().code());
        assertTrue(refused.error().message().contains("\"" + name + "\""), refused.error().message());
    }

    @Test
    void shows_the_counts_then_the_items_in_their_wrapper_and_nothing_else() {
        Page<String> page = new Page<>(12, 2, 5, List.of("a", "b"));

        PopResponse body = PopPaging.paged(page, "Users", "User", name -> PopResponse.body().with("UserName", name));

        assertEquals(List.of("TotalCount", "PageNumber", "PageSize", "Users"), List.copyOf(body.fields().keySet()));
        assertEquals(12L, body.fields().get("TotalCount"));
        assertEquals(2L, body.fields().get("PageNumber"));
        assertEquals(5L, body.fields().get("PageSize"));
        PopResponse users = (PopResponse) body.fields().get("Users");
        assertEquals(2, ((List<?>) users.fields().get("User")).size());
    }
}

package org.gatewayusers.rest.pop.sgw;

import java.util.List;
import java.util.function.Function;
import org.gatewayusers.application.sgw.Page;
import org.gatewayusers.application.sgw.PageRequest;
import org.gatewayusers.rest.pop.PopAction;
import org.gatewayusers.rest.pop.PopRequest;
import org.gatewayusers.rest.pop.PopResponse;

/** An action of Cloud Storage Gateway ({@code hcs-sgw}, API version 2018-05-11). */
abstract class SgwAction implements PopAction {

    static final String VERSION = "2018-05-11";

    @Override
    public String version() {
        return VERSION;
    }

    /** {@code PageNumber} (1 on) and {@code PageSize} (1 to 50, 10 by default), read as the vendor reads them. */
    static PageRequest page(PopRequest request) {
        return new PageRequest(
                request.integer(PageRequest.PAGE_NUMBER_FIELD, PageRequest.FIRST_PAGE, 1, Integer.MAX_VALUE),
                request.integer(PageRequest.PAGE_SIZE_FIELD, PageRequest.DEFAULT_PAGE_SIZE, 1, PageRequest.MAX_PAGE_SIZE));
    }

    /** {@code TotalCount}, {@code PageNumber}, {@code PageSize} and the items, as {@code "Wrapper": {"Item": [...]}}. */
    static <T> PopResponse paged(Page<T> page, String wrapper, String item, Function<T, PopResponse> render) {
        List<PopResponse> items = page.items().stream().map(render).toList();
        return PopResponse.body()
                .with("TotalCount", page.totalCount())
                .with("PageNumber", page.pageNumber())
                .with("PageSize", page.pageSize())
                .withList(wrapper, item, items)
                .successful();
    }

    static PopResponse task(String taskId) {
        return PopResponse.body().with("TaskId", taskId).successful();
    }
}

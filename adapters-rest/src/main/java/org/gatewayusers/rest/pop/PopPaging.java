package org.gatewayusers.rest.pop;

import java.util.List;
import java.util.function.Function;
import org.gatewayusers.application.shared.Page;
import org.gatewayusers.application.shared.PageRequest;
import org.gatewayusers.domain.shared.PagingRules;

/** How the {@code Describe...} calls of every RPC product read the page asked for and show the page found. */
public final class PopPaging {

    private PopPaging() {
    }

    /** What older SDKs (the Go SDK's smartag calls) send for {@code PageNumber}. */
    static final String PAGE_NO = "PageNo";

    /** {@code PageNumber} as a paged action declares it ({@link #page} reads it). */
    public static final PopParameter PAGE_NUMBER =
            PopParameter.optional("PageNumber").integer().alias(PAGE_NO);

    /** {@code PageSize} as a paged action declares it. */
    public static final PopParameter PAGE_SIZE = PopParameter.optional("PageSize").integer();

    /**
     * {@code PageNumber} (1 on; {@code PageNo} as older SDKs name it) and {@code PageSize} (1 to 50, 10 by default),
     * read as the vendor reads them.
     */
    public static PageRequest page(PopRequest given) {
        PopRequest request = given.aliased(PAGE_NUMBER.name(), PAGE_NO);
        return new PageRequest(
                request.integer(PAGE_NUMBER.name(), PagingRules.FIRST_PAGE, PagingRules.FIRST_PAGE,
                        Integer.MAX_VALUE),
                request.integer(PAGE_SIZE.name(), PagingRules.DEFAULT_PAGE_SIZE, PagingRules.MIN_PAGE_SIZE,
                        PagingRules.MAX_PAGE_SIZE));
    }

    /** {@code TotalCount}, {@code PageNumber}, {@code PageSize} and the items as {@code "Wrapper": {"Item": [...]}}. */
    public static <T> PopResponse paged(Page<T> page, String wrapper, String item, Function<T, PopResponse> render) {
        List<PopResponse> items = page.items().stream().map(render).toList();
        return PopResponse.body()
                .with("TotalCount", page.totalCount())
                .with("PageNumber", page.pageNumber())
                .with("PageSize", page.pageSize())
                .withList(wrapper, item, items);
    }
}

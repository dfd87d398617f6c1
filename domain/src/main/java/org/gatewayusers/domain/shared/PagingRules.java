package org.gatewayusers.domain.shared;

import static org.gatewayusers.domain.shared.PagingRejection.Reason.PAGE_NUMBER_INVALID;
import static org.gatewayusers.domain.shared.PagingRejection.Reason.PAGE_SIZE_INVALID;

import org.gatewayusers.domain.shared.PagingRejection.Subject;

/**
 * The paging rule of the Alibaba RPC protocol family's {@code Describe...} calls, one method per rule: pages are
 * numbered from 1 (the first when none is asked for) and hold 1 to 50 items (10 when no size is asked for). The RPC
 * edge names the parameters that ask for them.
 */
public final class PagingRules {

    public static final int FIRST_PAGE = 1;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MIN_PAGE_SIZE = 1;
    public static final int MAX_PAGE_SIZE = 50;

    private PagingRules() {
    }

    public static void check(int pageNumber, int pageSize) {
        pageNumberStartsAtOne(pageNumber);
        pageSizeIsOneToFifty(pageSize);
    }

    public static void pageNumberStartsAtOne(int pageNumber) {
        if (pageNumber < FIRST_PAGE) {
            throw new PagingRejection(PAGE_NUMBER_INVALID, Subject.PAGE_NUMBER);
        }
    }

    public static void pageSizeIsOneToFifty(int pageSize) {
        if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
            throw new PagingRejection(PAGE_SIZE_INVALID, Subject.PAGE_SIZE);
        }
    }

    /** No page number asks for the first page. */
    public static int pageNumberOrDefault(Integer pageNumber) {
        return pageNumber == null ? FIRST_PAGE : pageNumber;
    }

    /** No page size asks for 10 per page. */
    public static int pageSizeOrDefault(Integer pageSize) {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }
}

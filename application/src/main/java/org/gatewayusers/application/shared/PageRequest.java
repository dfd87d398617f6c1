package org.gatewayusers.application.shared;

import org.gatewayusers.domain.shared.PagingRules;

/**
 * Which page a {@code Describe...} call of the RPC protocol family asks for; {@link PagingRules} says which pages
 * may be asked for ({@code PageNumber} from 1, {@code PageSize} 1 to 50).
 */
public record PageRequest(int pageNumber, int pageSize) {

    public PageRequest {
        PagingRules.check(pageNumber, pageSize);
    }

    /** The page a request names; either parameter may be absent: page 1, 10 per page. */
    public static PageRequest of(Integer pageNumber, Integer pageSize) {
        return new PageRequest(PagingRules.pageNumberOrDefault(pageNumber), PagingRules.pageSizeOrDefault(pageSize));
    }

    public static PageRequest first() {
        return of(null, null);
    }

    /** Whether this is the first page, the only one a single looked-up item is shown on. */
    public boolean isFirst() {
        return pageNumber == PagingRules.FIRST_PAGE;
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (pageNumber - 1) * pageSize;
    }

    /** Whether the page starts beyond any list a store can page through. */
    public boolean beyondReach() {
        return offset() > Integer.MAX_VALUE;
    }
}

package org.gatewayusers.application.smartag;

import static org.gatewayusers.domain.smartag.SmartagRejection.Reason.INVALID_PAGE;

import org.gatewayusers.domain.smartag.SmartagRejection;

/** Which page a {@code Describe...} call asks for: {@code PageNumber} from 1, {@code PageSize} 1 to 50. */
public record PageRequest(int pageNumber, int pageSize) {

    public static final int FIRST_PAGE = 1;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    public static final String PAGE_NUMBER_FIELD = "PageNumber";
    public static final String PAGE_SIZE_FIELD = "PageSize";

    public PageRequest {
        if (pageNumber < FIRST_PAGE) {
            throw new SmartagRejection(INVALID_PAGE, PAGE_NUMBER_FIELD);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new SmartagRejection(INVALID_PAGE, PAGE_SIZE_FIELD);
        }
    }

    /** The page a request names; either parameter may be absent: page 1, 10 per page. */
    public static PageRequest of(Integer pageNumber, Integer pageSize) {
        return new PageRequest(pageNumber == null ? FIRST_PAGE : pageNumber,
                pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
    }

    public static PageRequest first() {
        return of(null, null);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (pageNumber - 1) * pageSize;
    }

    /** Whether the page starts beyond any list a store can page through. */
    boolean beyondReach() {
        return offset() > Integer.MAX_VALUE;
    }
}

package org.gatewayusers.domain.shared;

/**
 * Why a {@code Describe...} call of the Alibaba RPC protocol family cannot be paged as asked. The paging rule is the
 * same for every product of the family, so its rejection is shared; the field is the RPC parameter at fault
 * ({@code PageNumber} or {@code PageSize}), and the RPC edge chooses the vendor code.
 */
public final class PagingRejection extends Rejection {

    public enum Reason {
        /** A {@code PageNumber} below 1. */
        PAGE_NUMBER_INVALID,
        /** A {@code PageSize} outside 1 to 50. */
        PAGE_SIZE_INVALID
    }

    private final Reason reason;

    public PagingRejection(Reason reason, String field) {
        super(reason, field, null);
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}

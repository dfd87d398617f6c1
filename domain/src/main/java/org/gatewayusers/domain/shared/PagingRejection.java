package org.gatewayusers.domain.shared;

import java.util.Optional;

/**
 * Why a {@code Describe...} call of the Alibaba RPC protocol family cannot be paged as asked. The paging rule is the
 * same for every product of the family, so its rejection is shared; the RPC edge chooses the vendor code and names
 * the parameter at fault.
 */
public final class PagingRejection extends Rejection {

    public enum Reason {
        /** A {@code PageNumber} below 1. */
        PAGE_NUMBER_INVALID,
        /** A {@code PageSize} outside 1 to 50. */
        PAGE_SIZE_INVALID
    }

    /** What a paging rejection is about: the page asked for, or its size. */
    public enum Subject {
        PAGE_NUMBER,
        PAGE_SIZE
    }

    private final Reason reason;
    private final Subject subject;

    public PagingRejection(Reason reason, Subject subject) {
        super(reason, nameOf(subject), null);
        this.reason = reason;
        this.subject = subject;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** What the rejection is about, when it is about one thing. */
    public Optional<Subject> subject() {
        return Optional.ofNullable(subject);
    }
}

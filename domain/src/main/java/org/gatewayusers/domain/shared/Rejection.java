package org.gatewayusers.domain.shared;

import java.util.Optional;

/**
 * A request the domain refuses. Each bounded context has exactly one subclass, carrying that
 * context's {@code Reason}; the vendor's code is chosen at the edge, never here.
 */
public abstract class Rejection extends RuntimeException {

    private final String field;

    protected Rejection(Enum<?> reason, String field, String detail) {
        super(reason.name() + (field == null ? "" : " [" + field + "]") + (detail == null ? "" : ": " + detail),
                null, false, false);
        this.field = field;
    }

    public abstract Enum<?> reason();

    /** The request field at fault, when the rejection is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}

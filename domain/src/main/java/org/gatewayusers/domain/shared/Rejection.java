package org.gatewayusers.domain.shared;

import java.util.Objects;

/**
 * A request the domain refuses. Each bounded context has exactly one subclass, carrying that context's
 * {@code Reason} and, when the rejection is about one thing, that context's {@code Subject}: both in the domain's
 * terms. The vendor's code, and the vendor's name for the subject (a request parameter, an error target), are chosen
 * at the edge, never here.
 */
public abstract class Rejection extends RuntimeException {

    /** @param about what the message names the rejection as being about, or null */
    protected Rejection(Enum<?> reason, String about, String detail) {
        super(reason.name() + (about == null ? "" : " [" + about + "]") + (detail == null ? "" : ": " + detail),
                null, false, false);
    }

    public abstract Enum<?> reason();

    protected static String nameOf(Enum<?> subject) {
        return subject == null ? null : subject.name();
    }

    protected static <T> T required(T value, String what) {
        return Objects.requireNonNull(value, what);
    }
}

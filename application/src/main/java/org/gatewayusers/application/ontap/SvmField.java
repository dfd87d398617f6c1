package org.gatewayusers.application.ontap;

import org.gatewayusers.application.shared.RecordQuery;

/**
 * The fields of a data SVM that a {@link RecordQuery} filters and orders on: those an SVM keeps. What every SVM of
 * this service shares ({@code state}, {@code language}, {@code ipspace.name}, ...) is no field here: a filter on it
 * holds for every SVM or for none, which the adapter that reads the query decides.
 */
public enum SvmField {
    UUID,
    /** Compared without regard to case. */
    NAME,
    /** No value when the SVM has no comment. */
    COMMENT
}

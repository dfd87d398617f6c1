package org.gatewayusers.application.access;

import org.gatewayusers.application.shared.RecordQuery;

/** The fields of an API account that a {@link RecordQuery} filters and orders on. */
public enum ApiAccountField {
    /** Compared without regard to case; ordered without regard to case, then as written. */
    NAME,
    /** {@code admin} or {@code readonly}. */
    ROLE,
    /** Whether logins to it are refused now ({@link org.gatewayusers.domain.access.FailedLoginPolicy} rule 1). */
    LOCKED
}

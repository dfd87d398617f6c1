package org.gatewayusers.persistence.shared;

import jakarta.persistence.TypedQuery;

/** Look-ups of a row by a key the schema holds unique. */
public final class UniqueKeyLookups {

    private UniqueKeyLookups() {
    }

    /**
     * Whether the query, which selects by a unique key, finds its row. It runs without a limit: the key admits one row
     * at most, and {@code setMaxResults} makes EclipseLink build the query's SQL anew at every call.
     */
    public static boolean finds(TypedQuery<?> byUniqueKey) {
        return !byUniqueKey.getResultList().isEmpty();
    }
}

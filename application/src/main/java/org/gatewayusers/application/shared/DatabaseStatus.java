package org.gatewayusers.application.shared;

/**
 * Whether the database can serve this build now: it answers, and holds the schema this build's migrations lead to.
 * Asked by readiness probes, often: an answer takes one short query, bounded in time, and never throws.
 */
public interface DatabaseStatus {

    State check();

    enum State {
        /** It answers, and the schema is the one this build expects. */
        READY,
        /** No connection, or the connection failed (the database is down, gone or refusing connections). */
        UNREACHABLE,
        /** It answers, but the latest migration of this build is not (successfully) applied. */
        SCHEMA_NOT_MIGRATED
    }
}

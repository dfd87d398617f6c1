package org.gatewayusers.application.shared;

/**
 * The store's schema, brought up to date before anything is served. Unless demo data is switched off, the store then
 * adds its demo rows and announces {@link DemoDataLoaded}, whose observers complete the demo before this returns.
 * Several servers may do this at once on one database: the store settles that among them.
 */
public interface DatabaseSchema {

    /** Migrates the schema (and demo data); throws when the database cannot be reached or migrated. */
    void bringUpToDate();
}

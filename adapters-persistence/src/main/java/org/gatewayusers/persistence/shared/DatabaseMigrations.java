package org.gatewayusers.persistence.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.gatewayusers.application.shared.DatabaseSchema;
import org.gatewayusers.application.shared.DemoDataLoaded;
import org.gatewayusers.application.shared.Settings;

/**
 * Brings the schema up to date before the application serves anything (the application's start calls it first). Demo
 * data (the SVM {@code svm1}, which the application then gives its CIFS server {@code SMB_SERVER01}) is added unless
 * {@code DEMO_DATA=false}. Servers starting at once on one PostgreSQL database migrate one after the other: Flyway
 * holds a lock of the database while it migrates.
 */
@ApplicationScoped
public class DatabaseMigrations implements DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /**
     * A resource reference (java:comp/env/jdbc/gatewayUsers), not a lookup of a global name: each server binds it its
     * own way. Open Liberty takes the reference's name as the JNDI name of its dataSource; a server that binds it to
     * nothing in particular gives it the default datasource (WildFly: the ee subsystem's default binding).
     */
    @Resource(name = "jdbc/gatewayUsers")
    private DataSource dataSource;

    @Inject
    Event<DemoDataLoaded> demoDataLoaded;

    @Inject
    Settings settings;

    @Override
    public void bringUpToDate() {
        boolean withDemoData = settings.demoData();
        migrate(dataSource, withDemoData);
        if (withDemoData) {
            demoDataLoaded.fire(new DemoDataLoaded());
        }
    }

    static void migrate(DataSource dataSource, boolean withDemoData) {
        List<String> scripts = new ArrayList<>(ListedMigrations.SCHEMA);
        if (withDemoData) {
            scripts.addAll(ListedMigrations.DEMO_DATA);
        }
        var result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(scripts))
                // nothing to scan: every script is listed
                .locations(new Location[0])
                .callbackLocations(new Location[0])
                // demo data may be switched off after a start with it: its applied script is then not listed
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                // versions are handed out to parallel work: a database at V12 still takes a V11 that arrives later
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + ", "
                + result.migrationsExecuted + " migration(s) applied, demo data " + (withDemoData ? "on" : "off"));
    }

}

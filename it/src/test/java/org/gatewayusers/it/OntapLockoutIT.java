package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.READONLY;
import static org.gatewayusers.it.OntapClient.READONLY_PASSWORD;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ONTAP's failed-login lockout ({@code -max-failed-login-attempts}, {@code -lockout-duration}) over HTTP: after the
 * configured failures an account is refused even with its password, on every server of the database; {@code locked}
 * shows in {@code /api/security/accounts}; an admin unlocks ({@code PATCH {"locked": false}}) and locks. Failures from
 * one client address beyond the rate refuse strangers from there, not callers already verified.
 *
 * <p>With a second server on the same database ({@code -Dit.second.http.port}), the failures alternate between the
 * two and the lock is seen from both; without one, both roles fall to the one server (said on the console).
 */
class OntapLockoutIT {

    private static final String ACCOUNTS = "/api/security/accounts";
    private static final String CLUSTER_UUID = "1cd8a442-86d1-11e0-ae1c-123478563412";
    /** The server's ONTAP_MAX_FAILED_LOGIN_ATTEMPTS (the default unless the build sets it). */
    private static final int MAX_FAILED = Integer.getInteger("it.ontap.max.failed.login.attempts", 5);
    private static final int MAX_PER_ADDRESS = Integer.getInteger("it.ontap.max.failed.logins.per.address", 20);

    private final OntapClient admin = new OntapClient();
    private final OntapClient second = secondServer();

    private static OntapClient secondServer() {
        String port = System.getProperty("it.second.http.port");
        if (port == null || port.isBlank()) {
            System.out.println("OntapLockoutIT: no second server (it.second.http.port): both roles on one server");
            return new OntapClient();
        }
        URI base = URI.create("http://localhost:" + port + Server.base().getPath());
        System.out.println("OntapLockoutIT: second server at " + base);
        return new OntapClient(base, java.util.Optional.of(new OntapClient.Login(OntapClient.ADMIN, OntapClient.ADMIN_PASSWORD)));
    }

    private String newAccount(String password) {
        String name = uniqueName("lk");
        admin.post(ACCOUNTS, Json.createObjectBuilder().add("name", name).add("password", password).add("role", "admin")
                .build()).assertStatus(201);
        return name;
    }

    private static String path(String name) {
        return ACCOUNTS + "/" + CLUSTER_UUID + "/" + name;
    }

    private boolean lockedAsListed(OntapClient client, String name) {
        List<JsonObject> records = client.records(ACCOUNTS + "?fields=*");
        JsonObject record = records.stream().filter(r -> r.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed: " + records));
        boolean listed = record.getBoolean("locked");
        assertEquals(listed, client.getJson(path(name)).getBoolean("locked"), "the record and the list agree");
        return listed;
    }

    @Test
    void failures_lock_the_account_on_every_server_until_an_admin_unlocks_it() {
        String password = "Right-pass-1" + uniqueName("");
        String name = newAccount(password);
        assertFalse(lockedAsListed(admin, name));

        for (int i = 0; i < MAX_FAILED; i++) {
            OntapClient server = i % 2 == 0 ? admin : second;
            server.as(name, "Wrong-guess-" + i).get("/api/cluster").assertOntapError(401, "6");
        }

        // the password itself is refused now, on both servers
        admin.as(name, password).get("/api/cluster").assertOntapError(401, "6");
        second.as(name, password).get("/api/cluster").assertOntapError(401, "6");
        assertTrue(lockedAsListed(admin, name));
        assertTrue(lockedAsListed(second, name));

        // a readonly account may not unlock
        admin.as(READONLY, READONLY_PASSWORD).patch(path(name), "{\"locked\": false}").assertOntapError(403, "6");
        admin.patch(path(name), "{\"locked\": false}").assertStatus(200);
        assertFalse(lockedAsListed(second, name));
        assertEquals(200, second.as(name, password).get("/api/cluster").status());
        assertEquals(200, admin.as(name, password).get("/api/cluster").status());

        // an admin's lock holds at once on the server that set it, whatever the password; unlocked from the other
        Reply locked = admin.patch(path(name) + "?return_records=true", "{\"locked\": true}").assertStatus(200);
        assertTrue(locked.json().getJsonArray("records").getJsonObject(0).getBoolean("locked"), locked.body());
        admin.as(name, password).get("/api/cluster").assertOntapError(401, "6");
        assertTrue(lockedAsListed(second, name));
        second.patch(path(name), "{\"locked\": false}").assertStatus(200);
        assertEquals(200, admin.as(name, password).get("/api/cluster").status());

        admin.delete(path(name)).assertStatus(200);
    }

    @Test
    void a_configured_account_is_locked_and_unlocked_by_an_admin() {
        String monitor = path(READONLY);
        OntapClient readonly = admin.as(READONLY, READONLY_PASSWORD);
        try {
            admin.patch(monitor, "{\"locked\": true}").assertStatus(200);
            readonly.get("/api/cluster").assertOntapError(401, "6");
            assertTrue(lockedAsListed(admin, READONLY));
            // its password and role remain the configuration's
            admin.patch(monitor, "{\"password\": \"Passw0rd-long\"}").assertOntapError(409, "6");
        } finally {
            admin.patch(monitor, "{\"locked\": false}").assertStatus(200);
        }
        assertEquals(200, readonly.get("/api/cluster").status());
        assertFalse(lockedAsListed(admin, READONLY));
    }

    @Test
    void an_account_created_locked_does_not_log_in() {
        String name = uniqueName("lk");
        String password = "Right-pass-1" + uniqueName("");
        admin.post(ACCOUNTS, Json.createObjectBuilder().add("name", name).add("password", password).add("role", "readonly")
                .add("locked", true).build()).assertStatus(201);
        admin.as(name, password).get("/api/cluster").assertOntapError(401, "6");
        assertTrue(lockedAsListed(admin, name));
        admin.delete(path(name)).assertStatus(200);
    }

    @Test
    void an_address_past_its_failures_is_refused_for_new_credentials_but_not_for_verified_ones() {
        String password = "Right-pass-1" + uniqueName("");
        String verified = newAccount(password);
        String stranger = newAccount(password);
        FromAddress guesser = new FromAddress("127.0.0.3", Server.ontapBase().getScheme().equals("http")
                ? Server.ontapBase() : Server.base());
        assertEquals(200, guesser.get("/api/cluster", FromAddress.basic(verified, password)).status());

        for (int i = 0; i < MAX_PER_ADDRESS; i++) {
            assertEquals(401, guesser.get("/api/cluster", FromAddress.basic("nobody_" + uniqueName(""), "guess-" + i)).status());
        }
        FromAddress.Answer refused = guesser.get("/api/cluster", FromAddress.basic(stranger, password));
        assertEquals(401, refused.status(), refused.body());
        assertEquals("6", Json.createReader(new java.io.StringReader(refused.body())).readObject().getJsonObject("error")
                .getString("code"), refused.body());
        assertEquals(200, guesser.get("/api/cluster", FromAddress.basic(verified, password)).status(),
                "credentials verified before are not refused for their address");
        assertEquals(200, admin.as(stranger, password).get("/api/cluster").status(), "other addresses are not concerned");
        assertFalse(lockedAsListed(admin, stranger), "an address's refusals are no failures of the account");
        admin.delete(path(verified)).assertStatus(200);
        admin.delete(path(stranger)).assertStatus(200);
    }
}

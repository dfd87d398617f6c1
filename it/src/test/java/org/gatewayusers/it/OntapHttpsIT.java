package org.gatewayusers.it;

import static org.gatewayusers.it.OntapClient.DEMO_CIFS_SERVER;
import static org.gatewayusers.it.OntapClient.DEMO_SVM;
import static org.gatewayusers.it.OntapClient.DEMO_SVM_UUID;
import static org.gatewayusers.it.OntapClient.LOCAL_USERS;
import static org.gatewayusers.it.OntapClient.PASSWORD;
import static org.gatewayusers.it.OntapClient.uniqueName;
import static org.gatewayusers.it.OntapClient.user;
import static org.gatewayusers.it.OntapClient.userPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ONTAP API over HTTPS, as Ansible's {@code netapp.ontap} and the Terraform provider call it: the server's
 * self-signed certificate (generated on its first start) trusted as {@code curl --cacert} would, then a create,
 * read, list, change, delete and the errors, with HTTP Basic.
 */
class OntapHttpsIT {

    private final OntapClient https = new OntapClient().overHttps();

    @Test
    void the_server_presents_a_certificate_it_issued_itself_for_localhost() {
        X509Certificate certificate = Tls.serverCertificate();
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=localhost"),
                certificate.getSubjectX500Principal()::getName);
        assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal(), "self-signed");
        assertEquals("https", https.base().getScheme());
    }

    @Test
    void a_client_that_does_not_trust_the_certificate_is_refused_the_connection() {
        HttpClient defaults = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Server.httpsBase() + "/api/cluster")).GET().build();
        assertThrows(IOException.class, () -> defaults.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void creates_reads_lists_changes_and_deletes_a_user_over_https() {
        assertEquals(200, https.get("/api/cluster?fields=version").status());
        String name = uniqueName("tls");

        Reply created = https.post(LOCAL_USERS + "?return_records=true", user(DEMO_SVM, name, PASSWORD)).assertStatus(201);
        JsonObject record = created.json().getJsonArray("records").getJsonObject(0);
        String sid = record.getString("sid");
        assertEquals(DEMO_CIFS_SERVER + "\\" + name, record.getString("name"));
        URI location = URI.create(created.header("Location").orElseThrow());
        assertEquals("https", location.getScheme(), location::toString);

        assertEquals(DEMO_CIFS_SERVER + "\\" + name, https.get(location).assertStatus(200).json().getString("name"));
        List<JsonObject> listed = https.records(LOCAL_USERS + "?svm.uuid=" + DEMO_SVM_UUID + "&name=" + name
                + "&fields=account_disabled,description,full_name,name,sid");
        assertEquals(1, listed.size());
        assertEquals(sid, listed.get(0).getString("sid"));

        https.patch(userPath(DEMO_SVM_UUID, sid), Json.createObjectBuilder().add("full_name", "Over TLS")
                .add("account_disabled", true).build()).assertStatus(200);
        JsonObject changed = https.getJson(userPath(DEMO_SVM_UUID, sid) + "?fields=*");
        assertEquals("Over TLS", changed.getString("full_name"));
        assertTrue(changed.getBoolean("account_disabled"));
        https.patch(userPath(DEMO_SVM_UUID, sid), "{\"password\": \"N3w!password\"}").assertStatus(200);

        https.delete(userPath(DEMO_SVM_UUID, sid)).assertStatus(200);
        https.get(userPath(DEMO_SVM_UUID, sid)).assertOntapError(404, "4");
    }

    @Test
    void answers_errors_in_ontap_format_over_https() {
        String name = uniqueName("dup");
        https.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertStatus(201);
        https.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertOntapError(409, "655736");
        https.post(LOCAL_USERS, user(DEMO_SVM, uniqueName("w"), "weak")).assertOntapError(400, "655733");
        https.post(LOCAL_USERS, "{\"name\": ").assertOntapError(400, "2");
        https.get("/api/svm/svms/00000000-0000-0000-0000-000000000000").assertOntapError(404, "4");
        https.delete(LOCAL_USERS + "?name=" + name).assertStatus(200);
    }

    @Test
    void asks_for_credentials_over_https_too() {
        Reply reply = https.anonymous().get("/api/cluster");
        reply.assertOntapError(401, "6");
        assertTrue(reply.header("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        https.as(OntapClient.READONLY, OntapClient.READONLY_PASSWORD).post(LOCAL_USERS, user(DEMO_SVM, uniqueName("r"), PASSWORD))
                .assertOntapError(403, "6");
    }

    @Test
    void http_still_serves_the_same_data() {
        String name = uniqueName("both");
        https.post(LOCAL_USERS, user(DEMO_SVM, name, PASSWORD)).assertStatus(201);
        OntapClient http = new OntapClient(Server.base(), Optional.of(new OntapClient.Login(OntapClient.ADMIN, OntapClient.ADMIN_PASSWORD)));
        assertEquals(1, http.getJson(LOCAL_USERS + "?name=" + name).getInt("num_records"));
        assertFalse(http.base().getScheme().equals("https"));
        http.delete(LOCAL_USERS + "?name=" + name).assertStatus(200);
    }
}

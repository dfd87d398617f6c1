package org.gatewayusers.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Talks to the ONTAP dialect as curl or Ansible would: over HTTP (or HTTPS, see {@link Server#ontapBase()}), with
 * HTTP Basic credentials of the demo {@code admin} unless told otherwise.
 */
final class OntapClient {

    /** The demo accounts of the service's configuration (README, Security). */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "netapp1!";
    static final String READONLY = "monitor";
    static final String READONLY_PASSWORD = "monitor1!";

    /** HTTP Basic credentials, sent as UTF-8. */
    record Login(String user, String password) {

        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Login[" + user + ", ****]";
        }
    }

    static final String LOCAL_USERS = "/api/protocols/cifs/local-users";
    static final String LOCAL_GROUPS = "/api/protocols/cifs/local-groups";
    static final String SVMS = "/api/svm/svms";
    static final String CIFS_SERVICES = "/api/protocols/cifs/services";
    static final String PASSWORD = "Secr3t!pw";
    static final String DEMO_SVM = "svm1";
    static final String DEMO_SVM_UUID = "02c9e252-41be-11e9-81d5-00a0986138f7";
    static final String DEMO_CIFS_SERVER = "SMB_SERVER01";

    private final URI base;
    private final Optional<Login> login;
    private final HttpClient http;

    /** As the demo admin, over HTTP (HTTPS with {@code -Dit.ontap.https=true}). */
    OntapClient() {
        this(Server.ontapBase(), Optional.of(new Login(ADMIN, ADMIN_PASSWORD)));
    }

    /**
     * HTTP/1.1, as curl, Ansible and Terraform speak plain HTTP: the JDK client's default upgrade to HTTP/2 (h2c) gets
     * connections closed (GOAWAY) and, on a loaded machine, Open Liberty's HTTP/2 streams stuck.
     */
    OntapClient(URI base, Optional<Login> login) {
        this(base, login, HttpClient.Version.HTTP_1_1);
    }

    private OntapClient(URI base, Optional<Login> login, HttpClient.Version version) {
        this.base = base;
        this.login = login;
        HttpClient.Builder builder = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10));
        if (base.getScheme().equals("https")) {
            builder.sslContext(Tls.trustingTheServer());
        }
        this.http = builder.build();
    }

    /** The server at this base (another server on the same database), as the demo admin. */
    static OntapClient admin(URI base) {
        return new OntapClient(base, Optional.of(new Login(ADMIN, ADMIN_PASSWORD)), HttpClient.Version.HTTP_1_1);
    }

    /** The same server, with these credentials. */
    OntapClient as(String user, String password) {
        return new OntapClient(base, Optional.of(new Login(user, password)));
    }

    /** The same server, without credentials. */
    OntapClient anonymous() {
        return new OntapClient(base, Optional.empty());
    }

    /** The same credentials, over HTTPS. */
    OntapClient overHttps() {
        return new OntapClient(Server.httpsBase(), login);
    }

    URI base() {
        return base;
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    Reply get(URI absolute) {
        return send(authorized(HttpRequest.newBuilder(absolute)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").GET().build());
    }

    Reply post(String pathAndQuery, String body) {
        return send(postRequest(pathAndQuery, body));
    }

    Reply post(String pathAndQuery, JsonObject body) {
        return post(pathAndQuery, body.toString());
    }

    Reply delete(String pathAndQuery) {
        return send(request(pathAndQuery).DELETE().build());
    }

    Reply patch(String pathAndQuery, String body) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply patch(String pathAndQuery, JsonObject body) {
        return patch(pathAndQuery, body.toString());
    }

    /** A {@code DELETE} with a JSON body, as the members collection takes it. */
    Reply delete(String pathAndQuery, String body) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply delete(String pathAndQuery, JsonObject body) {
        return delete(pathAndQuery, body.toString());
    }

    /** The body of a {@code GET} that must answer 200. */
    JsonObject getJson(String pathAndQuery) {
        return get(pathAndQuery).assertStatus(200).json();
    }

    /** The records of a collection {@code GET} that must answer 200. */
    List<JsonObject> records(String pathAndQuery) {
        return getJson(pathAndQuery).getJsonArray("records").getValuesAs(JsonObject.class);
    }

    CompletableFuture<Reply> postAsync(String pathAndQuery, JsonObject body) {
        return http.sendAsync(postRequest(pathAndQuery, body.toString()), HttpResponse.BodyHandlers.ofString()).thenApply(Reply::of);
    }

    private HttpRequest postRequest(String pathAndQuery, String body) {
        return request(pathAndQuery).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A request to this client's server, with its credentials; for what the helpers here do not send. */
    HttpRequest.Builder request(String pathAndQuery) {
        return authorized(HttpRequest.newBuilder(URI.create(base + pathAndQuery))).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        login.ifPresent(credentials -> request.header("Authorization", credentials.header()));
        return request;
    }

    /** Sends any request, for what the helpers here do not send. */
    Reply send(HttpRequest request) {
        try {
            return Reply.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A name no earlier run has used: the embedded database outlives a test run. */
    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A fresh data SVM with a CIFS server of its own; returns its UUID. */
    String newSvmWithCifsServer(String cifsServerName) {
        String svm = uniqueName("svm_");
        Reply created = post("/api/svm/svms?return_records=true", Json.createObjectBuilder().add("name", svm).build()).assertStatus(201);
        String uuid = created.json().getJsonArray("records").getJsonObject(0).getString("uuid");
        post("/api/protocols/cifs/services", Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("uuid", uuid))
                .add("name", cifsServerName).build()).assertStatus(201);
        return uuid;
    }

    /** The name of an SVM, read back by its UUID. */
    String svmName(String svmUuid) {
        return getJson(SVMS + "/" + svmUuid).getString("name");
    }

    /** Creates a local user with the default password on the SVM of this UUID; returns its SID. */
    String createUser(String svmUuid, String name) {
        return createUser(Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("uuid", svmUuid))
                .add("name", name).add("password", PASSWORD).build());
    }

    /** Creates a local user from a whole body; returns its SID. */
    String createUser(JsonObject body) {
        return post(LOCAL_USERS + "?return_records=true", body).assertStatus(201)
                .json().getJsonArray("records").getJsonObject(0).getString("sid");
    }

    /** Creates a local group on the SVM of this UUID; returns its SID. */
    String createGroup(String svmUuid, String name) {
        return post(LOCAL_GROUPS + "?return_records=true", Json.createObjectBuilder()
                .add("svm", Json.createObjectBuilder().add("uuid", svmUuid)).add("name", name).build())
                .assertStatus(201).json().getJsonArray("records").getJsonObject(0).getString("sid");
    }

    static String userPath(String svmUuid, String sid) {
        return LOCAL_USERS + "/" + svmUuid + "/" + sid;
    }

    static String groupPath(String svmUuid, String sid) {
        return LOCAL_GROUPS + "/" + svmUuid + "/" + sid;
    }

    /** Percent-encodes a query value or a path segment: {@code \} becomes %5C, {@code |} %7C, a space %20. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The part of {@code DOMAIN\name} after the backslash. */
    static String shortName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('\\') + 1);
    }

    static JsonObject user(String svmName, String name, String password) {
        return Json.createObjectBuilder().add("svm", Json.createObjectBuilder().add("name", svmName))
                .add("name", name).add("password", password).build();
    }
}

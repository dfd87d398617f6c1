package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Ordinary vendor rejections (a user that exists, a quota reached, a nonce used), even when a race lets the database
 * refuse them, are answered in the dialect's body and are no fault of the server: no FFDC incident, no warning and no
 * error in its log.
 */
class QuietRejectionsIT {

    private final LibertyServer server = LibertyServer.underTest();
    private final OntapClient ontap = new OntapClient();
    private final PopClient pop = new PopClient();

    @Test
    void rejections_leave_no_ffdc_incident_and_no_warning_or_error_in_the_log() {
        // what a first call logs once (the demo accounts' warning) is not the rejections' doing
        ontap.get("/api/cluster").assertStatus(200);
        assertEquals(200, pop.sgwAnswer("DescribeStorageBundles").status());
        List<Path> incidentsBefore = server.ffdcIncidents();
        int logBefore = server.messages().length();

        // ONTAP: a user that exists, also when eight creates race on one name
        String svm = ontap.newSvmWithCifsServer("QUIET1");
        var user = Json.createObjectBuilder().add("svm.uuid", svm).add("name", "quiet").add("password", "Secr3t!pw").build();
        ontap.post(OntapClient.LOCAL_USERS, user).assertStatus(201);
        ontap.post(OntapClient.LOCAL_USERS, user).assertOntapError(409, "655736");
        var body = Json.createObjectBuilder().add("svm.uuid", svm).add("name", "racer").add("password", "Secr3t!pw").build();
        IntStream.range(0, 8).mapToObj(i -> ontap.postAsync(OntapClient.LOCAL_USERS, body)).toList()
                .forEach(CompletableFuture::join);
        // Smart Access Gateway: the quota reached, a name taken
        String sag = pop.smartagAnswer("CreateSmartAccessGatewaySoftware", "cn-shanghai", "UserCount", "1",
                "CidrBlock", "10.99.0.0/28").json().getString("SmartAGId");
        assertEquals(200, clientUser(sag, "quietuser1").status());
        assertEquals("ClientUser.UserOverLimit", clientUser(sag, "quietuser2").json().getString("Code"));
        assertEquals("ClientUser.UserExist", clientUser(sag, "quietuser1").json().getString("Code"));
        // the RPC signature: a nonce used
        Map<String, String> signed = pop.sign("GET", Map.of("Action", "DescribeStorageBundles", "Version",
                PopClient.SGW_VERSION, "Format", "JSON"));
        assertEquals(200, pop.getAsIs(signed).status());
        assertEquals("SignatureNonceUsed", pop.getAsIs(signed).json().getString("Code"));

        assertEquals(incidentsBefore, server.ffdcIncidents(), "no FFDC incident for a rejection");
        String logged = server.messages().substring(logBefore);
        List<String> faults = logged.lines().filter(line -> line.matches("\\[[^]]+\\] [0-9a-f]{8} \\S+\\s+[EW] .*")
                || line.contains("SEVERE") || line.contains("Rejection") || line.contains("ConstraintViolation"))
                // Open Liberty's own warning on a request it failed to parse (seen on a server's first requests), not ours
                .filter(line -> !line.contains("RESTEASY002130")).toList();
        assertEquals(List.of(), faults, "nothing logged as a fault for a rejection");
    }

    private PopClient.Answer clientUser(String sag, String name) {
        return pop.smartagAnswer("CreateSmartAccessGatewayClientUser", "cn-shanghai", "SmartAGId", sag, "UserName", name,
                "Password", "Passw0rd_1", "UserMail", name + "@example.com");
    }
}

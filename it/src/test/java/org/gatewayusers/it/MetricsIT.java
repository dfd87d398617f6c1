package org.gatewayusers.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Metrics in Prometheus text, for operators only: requests by dialect, operation and vendor code,
 * latency histograms, authentication refusals by code, the task backlog and the datasource pool.
 */
class MetricsIT {

    private final Operations operations = Operations.ofTheServer();
    private final OntapClient ontap = new OntapClient();
    private final PopClient rpc = new PopClient();

    private Prometheus scrape() {
        return new Prometheus(operations.metrics());
    }

    @Test
    void only_a_metrics_reader_over_https_may_read_them() {
        Reply plain = operations.get("/metrics");
        assertTrue(plain.status() == 302 || plain.status() == 401 || plain.status() == 403, () -> "over HTTP: " + plain.status());
        assertTrue(!plain.body().contains("gateway_requests"), "nothing over plain HTTP");
        assertEquals(401, operations.getOverHttps("/metrics", Optional.empty()).status());
        assertEquals(401, operations.getOverHttps("/metrics", Optional.of("metrics:wrong")).status());
        int asOntapAdmin = operations.getOverHttps("/metrics",
                Optional.of(OntapClient.ADMIN + ":" + OntapClient.ADMIN_PASSWORD)).status();
        assertTrue(asOntapAdmin == 401 || asOntapAdmin == 403, "an ONTAP account is no metrics reader: " + asOntapAdmin);
        ontap.get("/api/cluster").assertStatus(200);
        assertTrue(scrape().describes("gateway_requests_total"));
    }

    @Test
    void counts_ontap_requests_by_resource_template_and_vendor_code() {
        Map<String, String> notFound = Map.of("dialect", "ontap", "method", "GET",
                "operation", "/api/protocols/cifs/local-users/{svm.uuid}/{sid}", "code", "4", "status", "404");
        double before = scrape().sum("gateway_requests_total", notFound);

        ontap.get(OntapClient.userPath(OntapClient.DEMO_SVM_UUID, "S-1-5-21-1-2-3-99999")).assertOntapError(404, "4");
        ontap.get(OntapClient.userPath(OntapClient.DEMO_SVM_UUID, "S-1-5-21-1-2-3-99998")).assertOntapError(404, "4");

        Prometheus after = scrape();
        assertEquals(before + 2, after.sum("gateway_requests_total", notFound), after::toString);
        assertTrue(after.sum("gateway_requests_total", Map.of("dialect", "ontap", "operation", "/api/cluster",
                "code", "ok", "status", "200")) >= 0);
    }

    @Test
    void counts_rpc_requests_by_action_and_code_and_refusals_by_code() {
        Map<String, String> described = Map.of("dialect", "rpc", "operation", "DescribeStorageBundles", "code", "ok",
                "status", "200");
        Map<String, String> refused = Map.of("dialect", "rpc", "code", "SignatureDoesNotMatch", "status", "400");
        Prometheus before = scrape();

        assertEquals(200, rpc.sgwAnswer("DescribeStorageBundles").status());
        Map<String, String> form = new LinkedHashMap<>(Map.of("Action", "DescribeStorageBundles", "Version",
                PopClient.SGW_VERSION, "Format", "JSON"));
        assertEquals(200, rpc.postForm(form).status(), "the action of a form body counts too");
        Map<String, String> badlySigned = new LinkedHashMap<>(rpc.sign("GET", Map.of("Action", "DescribeStorageBundles",
                "Version", PopClient.SGW_VERSION, "Format", "JSON")));
        badlySigned.put("Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertEquals(400, rpc.getAsIs(badlySigned).status());
        assertEquals(404, rpc.sgwAnswer("NoSuchAction" + System.nanoTime()).status());

        Prometheus after = scrape();
        assertEquals(before.sum("gateway_requests_total", described) + 2, after.sum("gateway_requests_total", described));
        assertEquals(before.sum("gateway_auth_refusals_total", refused) + 1, after.sum("gateway_auth_refusals_total", refused));
        assertEquals(before.sum("gateway_requests_total", Map.of("operation", "unknown", "code", "InvalidAction.NotFound")) + 1,
                after.sum("gateway_requests_total", Map.of("operation", "unknown", "code", "InvalidAction.NotFound")),
                "an action name the service does not have is never a label");
    }

    @Test
    void counts_ontap_authentication_refusals() {
        Map<String, String> unauthenticated = Map.of("dialect", "ontap", "code", "6", "status", "401");
        double before = scrape().sum("gateway_auth_refusals_total", unauthenticated);
        ontap.anonymous().get("/api/cluster").assertOntapError(401, "6");
        assertEquals(before + 1, scrape().sum("gateway_auth_refusals_total", unauthenticated));
    }

    @Test
    void times_requests_in_histogram_buckets() {
        ontap.get("/api/cluster").assertStatus(200);
        Prometheus metrics = scrape();
        Map<String, String> cluster = Map.of("dialect", "ontap", "operation", "/api/cluster");
        assertTrue(metrics.has("gateway_request_duration_seconds_bucket", Map.of("le", "0.005")), metrics::toString);
        assertTrue(metrics.sum("gateway_request_duration_seconds_bucket", Map.of("dialect", "ontap",
                "operation", "/api/cluster", "le", "+Inf")) >= 1, metrics::toString);
        assertTrue(metrics.sum("gateway_request_duration_seconds_count", cluster) >= 1);
        assertTrue(metrics.sum("gateway_request_duration_seconds_sum", cluster) > 0);
    }

    @Test
    void gives_the_task_backlog_and_the_datasource_pool() {
        Prometheus metrics = scrape();
        assertTrue(metrics.has("gateway_sgw_tasks_unfinished", Map.of()) || metrics.describes("gateway_sgw_tasks_unfinished"),
                metrics::toString);
        assertTrue(metrics.sum("gateway_sgw_tasks_unfinished", Map.of()) >= 0);
        assertTrue(metrics.describes("gateway_sgw_tasks_oldest_age_seconds"), metrics::toString);
        Map<String, String> pool = Map.of("datasource", "jdbc_gatewayUsers");
        for (String name : new String[] {"connectionpool_connectionHandles", "connectionpool_freeConnections",
                "connectionpool_managedConnections", "connectionpool_queuedRequests_total",
                "connectionpool_waitTime_total_seconds", "connectionpool_inUseTime_total_seconds"}) {
            assertTrue(metrics.has(name, pool), () -> name + " missing in " + metrics);
        }
    }
}

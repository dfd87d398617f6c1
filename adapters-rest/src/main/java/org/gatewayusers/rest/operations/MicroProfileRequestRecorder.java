package org.gatewayusers.rest.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** {@link RequestRecorder} into MicroProfile Metrics' application registry (Prometheus text at {@code /metrics}). */
@ApplicationScoped
public class MicroProfileRequestRecorder implements RequestRecorder {

    static final String REQUESTS = "gateway.requests";
    static final String DURATION = "gateway.request.duration";
    static final String REFUSALS = "gateway.auth.refusals";

    private static final Metadata REQUESTS_METADATA = Metadata.builder().withName(REQUESTS)
            .withDescription("Requests answered, by dialect (ontap, rpc), HTTP method, operation (ONTAP path template or "
                    + "RPC Action), vendor code (ok on success) and HTTP status").build();
    private static final Metadata DURATION_METADATA = Metadata.builder().withName(DURATION).withUnit(MetricUnits.SECONDS)
            .withDescription("Time from the request's arrival in the application to its answer, by dialect and operation")
            .build();
    private static final Metadata REFUSALS_METADATA = Metadata.builder().withName(REFUSALS)
            .withDescription("Requests refused by authentication or authorisation: RPC signature and RAM codes, ONTAP "
                    + "HTTP Basic (401) and role (403) refusals").build();

    @Inject
    MetricRegistry registry;

    @Override
    public void record(Answered answered) {
        Tag dialect = new Tag("dialect", answered.dialect().label());
        Tag operation = new Tag("operation", answered.operation());
        Tag status = new Tag("status", Integer.toString(answered.status()));
        Tag code = new Tag("code", answered.code());
        Tag method = new Tag("method", answered.method());
        registry.counter(REQUESTS_METADATA, dialect, method, operation, code, status).inc();
        registry.timer(DURATION_METADATA, dialect, method, operation).update(answered.elapsed());
        if (answered.refused()) {
            registry.counter(REFUSALS_METADATA, dialect, code, status).inc();
        }
    }
}

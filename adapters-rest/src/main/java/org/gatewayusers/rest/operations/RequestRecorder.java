package org.gatewayusers.rest.operations;

import java.time.Duration;
import org.gatewayusers.rest.edge.Dialect;

/**
 * Where {@link RequestMetrics} puts what it saw of each answer. Its own type so that the JAX-RS filter does not
 * link to a metrics API: on a Jakarta EE server without MicroProfile Metrics the implementation is not a bean, and the
 * filter records nothing instead of failing the deployment.
 */
public interface RequestRecorder {

    /** One answered request; {@code refused} when authentication or authorisation refused it. */
    record Answered(Dialect dialect, String method, String operation, String code, int status, Duration elapsed,
                    boolean refused) {
    }

    void record(Answered answered);
}

package org.gatewayusers.rest.operations;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gatewayusers.rest.edge.Dialect;
import org.gatewayusers.rest.pop.PopAction;

/**
 * Counts and times every request the dialects answer, by dialect, operation (the ONTAP resource's path template and
 * method, or the RPC {@code Action}) and outcome (the vendor's code read back from the answer, and the HTTP status),
 * and counts the refusals of authentication and authorisation by code. Labels take only values this service
 * knows (templates, registered actions, codes of its own answers), so a caller cannot make them grow without bound.
 *
 * <p>A pre-matching filter that runs first notes the start; a second one, after {@code RequestLimits} has read the
 * body into memory, notes the RPC action of a form body; the response filter records (it also runs for answers
 * that a filter gave, such as ONTAP's 401).
 */
@Provider
@PreMatching
@Priority(1)
@ApplicationScoped
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String UNKNOWN = "unknown";
    static final String UNMATCHED = "unmatched";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final String ACTION = RequestMetrics.class.getName() + ".action";
    /** Refusals of signature (v1 and v3) and RAM, as the RPC dialect answers them. */
    private static final Pattern RPC_AUTH_REFUSAL = Pattern.compile(
            "InvalidAccessKeyId\\..+|Signature.+|IncompleteSignature|InvalidTimeStamp\\..+|Forbidden\\.RAM");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS");

    /** Unresolvable on a Jakarta EE server without MicroProfile Metrics: then nothing is recorded. */
    @Inject
    Instance<RequestRecorder> recorder;

    @Inject
    @Any
    Instance<PopAction> actions;

    @Context
    ResourceInfo resource;

    private volatile Set<String> actionNames;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        if (!recorder.isResolvable()) {
            return;
        }
        Dialect dialect = Dialect.of(request);
        int status = response.getStatus();
        String code = RequestOutcome.code(dialect, status, response.getEntity());
        String operation = dialect == Dialect.RPC ? action(request) : ontapOperation();
        String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "other";
        boolean refused = dialect == Dialect.RPC ? RPC_AUTH_REFUSAL.matcher(code).matches() : status == 401 || status == 403;
        recorder.get().record(new RequestRecorder.Answered(dialect, method, operation, code, status,
                Duration.ofNanos(System.nanoTime() - started), refused));
    }

    /** The ONTAP resource method's path template ({@code /api/svm/svms/{uuid}}), or {@value #UNMATCHED}. */
    private String ontapOperation() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return UNMATCHED;
        }
        String template = "/" + path(resource.getResourceClass()) + "/" + path(method);
        return template.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    /** The RPC action as the request names it (parameter or v3 header), if it is one this service has. */
    private String action(ContainerRequestContext request) {
        String named = queryAction(request)
                .or(() -> Optional.ofNullable(request.getHeaderString("x-acs-action")))
                .or(() -> Optional.ofNullable((String) request.getProperty(ACTION)))
                .orElse(null);
        return named != null && actionNames().contains(named) ? named : UNKNOWN;
    }

    /**
     * The {@code Action} of the query string; none when the query string cannot be decoded (a malformed escape), which
     * the endpoint has already answered with a 400 that a metrics filter must not turn into a 500.
     */
    private static Optional<String> queryAction(ContainerRequestContext request) {
        try {
            return Optional.ofNullable(request.getUriInfo().getQueryParameters().getFirst("Action"));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Set<String> actionNames() {
        Set<String> names = actionNames;
        if (names == null) {
            names = actions.stream().map(PopAction::name).collect(Collectors.toUnmodifiableSet());
            actionNames = names;
        }
        return names;
    }

    /**
     * Notes the {@code Action} of an RPC form body, once {@code RequestLimits} has read the body (of bounded size)
     * into memory; the body is handed on unchanged.
     */
    @Provider
    @PreMatching
    @Priority(150)
    public static class FormAction implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            String type = Optional.ofNullable(request.getMediaType()).map(Object::toString).orElse("").toLowerCase(Locale.ROOT);
            if (!"POST".equals(request.getMethod()) || !type.startsWith("application/x-www-form-urlencoded")
                    || Dialect.of(request) != Dialect.RPC || !request.hasEntity()) {
                return;
            }
            byte[] body;
            try (InputStream in = request.getEntityStream()) {
                body = in.readAllBytes();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                if (pair.startsWith("Action=")) {
                    try {
                        request.setProperty(ACTION, URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException malformed) {
                        // not a name of any action: counted as unknown
                    }
                    return;
                }
            }
        }
    }
}

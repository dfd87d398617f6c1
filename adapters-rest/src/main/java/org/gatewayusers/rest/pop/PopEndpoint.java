package org.gatewayusers.rest.pop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatewayusers.domain.shared.Rejection;
import org.gatewayusers.domain.access.AccessKey;
import org.gatewayusers.rest.operations.RequestIds;

/**
 * The Alibaba Cloud RPC endpoint of both products: {@code GET} or {@code POST /} with {@code Action},
 * {@code Version} and the action's parameters in the query string or a form body. It dispatches on
 * {@code Action}, checks {@code Version}, runs the action in a transaction and answers in the asked
 * {@code Format}; every answer, error or not, carries a fresh {@code RequestId}. Before dispatch, every request is
 * authenticated by its signature, v1 or v3 as its shape says ({@link PopSignatureScheme}), and, once its action is
 * known, authorised by the key's policies
 * ({@link PopAccessControl}).
 */
@Path("/")
@ApplicationScoped
public class PopEndpoint {

    private static final Logger LOG = Logger.getLogger(PopEndpoint.class.getName());
    static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    @Any
    Instance<PopAction> actions;

    @Inject
    @Any
    Instance<PopRejectionCatalog> catalogs;

    @Inject
    PopTransactions transactions;

    @Inject
    PopAccessControl access;

    private volatile PopDispatch dispatch;

    /** Builds the dispatch as the application starts: actions that cannot be dispatched fail the start, not a call. */
    void dispatchFromTheStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        dispatch();
    }

    private PopDispatch dispatch() {
        PopDispatch built = dispatch;
        if (built == null) {
            built = PopDispatch.of(actions.stream().toList());
            dispatch = built;
        }
        return built;
    }

    @GET
    public Response get(@Context HttpServletRequest http) {
        return serve(PopHttpRequest.of(http, null), http);
    }

    @POST
    public Response post(@Context HttpServletRequest http, byte[] body) {
        return serve(PopHttpRequest.of(http, body), http);
    }

    private Response serve(PopHttpRequest wire, HttpServletRequest http) {
        String requestId = RequestIds.of(http);
        // the signature version, once, from the request's shape: it also says how answers are formatted
        PopSignatureScheme scheme = PopSignatureScheme.of(wire);
        PopFormat format = scheme.defaultFormat();
        try {
            PopRequest request = scheme.parameters(wire);
            format = PopFormat.of(request.optional("Format"), scheme.defaultFormat());
            // the signature, once, before any dispatch; then the key's RAM policies on the resolved action
            AccessKey caller = refusalsLogged(requestId, () -> access.authenticate(scheme, wire, request));
            PopAction action = dispatch().actionFor(request);
            refusalsLogged(requestId, () -> {
                access.authorise(caller, action, request);
                return action;
            });
            PopResponse body = transactions.run(() -> action.handle(request.declaredOnly(action))).with("RequestId", requestId);
            return Response.ok(format.render(action.name() + "Response", body), scheme.mediaType(format))
                    .header("x-acs-request-id", requestId).build();
        } catch (PopException refused) {
            return error(format, scheme.mediaType(format), refused.error(), requestId, http);
        } catch (Rejection rejected) {
            return error(format, scheme.mediaType(format), errorFor(rejected, requestId), requestId, http);
        } catch (RuntimeException fault) {
            LOG.log(Level.SEVERE, "unexpected failure of request " + requestId, fault);
            return error(format, scheme.mediaType(format), PopErrors.internalError(), requestId, http);
        }
    }

    /**
     * Runs a check of the caller and logs its refusal, a security event an operator wants to see: the request's id
     * and the protocol's code, never the key's secret, the signature or a parameter.
     */
    private static <T> T refusalsLogged(String requestId, Supplier<T> check) {
        try {
            return check.get();
        } catch (PopException refused) {
            LOG.info(() -> "RPC request " + requestId + " refused: " + refused.error().code());
            throw refused;
        }
    }

    /** An error for a request that never reached the endpoint (wrong method), in the format it asked for. */
    public static Response error(HttpServletRequest http, PopError error) {
        PopHttpRequest wire = PopHttpRequest.of(http, null);
        PopSignatureScheme scheme = PopSignatureScheme.of(wire);
        PopFormat format;
        try {
            format = PopFormat.of(PopRequest.of(http.getMethod(), http.getQueryString(), null).optional("Format"),
                    scheme.defaultFormat());
        } catch (PopException unreadable) {
            format = scheme.defaultFormat();
        }
        return error(format, scheme.mediaType(format), error, RequestIds.of(http), http);
    }

    /** The catalog's error; a rejection no catalog maps is a fault, answered like one in the asked format. */
    private PopError errorFor(Rejection rejected, String requestId) {
        try {
            PopRejectionCatalog catalog = catalogFor(rejected);
            PopError error = catalog.of(rejected);
            LOG.fine(() -> "RPC request " + requestId + " rejected: " + error.code()
                    + catalog.parameter(rejected).map(parameter -> " (" + parameter + ")").orElse(""));
            return error;
        } catch (RuntimeException unmapped) {
            LOG.log(Level.SEVERE, "no RPC error for the rejection of request " + requestId + ": " + rejected.getMessage(),
                    unmapped);
            return PopErrors.internalError();
        }
    }

    private PopRejectionCatalog catalogFor(Rejection rejected) {
        return catalogs.stream().filter(catalog -> catalog.rejectionType().isInstance(rejected)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RPC error table for " + rejected.getClass().getName()));
    }

    /** The common error body, {@code {"RequestId", "HostId", "Code", "Message", "Recommend"}}, or {@code <Error>}. */
    public static Response error(PopFormat format, PopError error, String requestId, HttpServletRequest http) {
        return error(format, format.mediaType(), error, requestId, http);
    }

    private static Response error(PopFormat format, String mediaType, PopError error, String requestId,
            HttpServletRequest http) {
        PopResponse body = PopResponse.body()
                .with("RequestId", requestId)
                .with("HostId", Optional.ofNullable(http.getServerName()).orElse("localhost"))
                .with("Code", error.code())
                .with("Message", error.message())
                .with("Recommend", "Check the request against the API reference of the action.");
        return Response.status(error.status()).entity(format.render("Error", body)).type(mediaType)
                .header("x-acs-request-id", requestId).build();
    }
}

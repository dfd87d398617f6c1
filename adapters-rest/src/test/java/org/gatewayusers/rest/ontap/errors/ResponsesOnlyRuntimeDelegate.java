package org.gatewayusers.rest.ontap.errors;

import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant.VariantListBuilder;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.concurrent.CompletionStage;
import org.mockito.invocation.InvocationOnMock;

/**
 * Just enough of a JAX-RS runtime for unit tests to build a {@link Response} and read back its
 * status, media type and entity: no JAX-RS implementation is on the test class path, and none is
 * needed to check what the ONTAP edge writes. Registered in
 * {@code META-INF/services/jakarta.ws.rs.ext.RuntimeDelegate} of the test resources.
 */
public class ResponsesOnlyRuntimeDelegate extends RuntimeDelegate {

    @Override
    public ResponseBuilder createResponseBuilder() {
        Built built = new Built();
        return mock(ResponseBuilder.class, invocation -> built.record(invocation));
    }

    /** What a builder was told, answered back by the response it builds. */
    private static final class Built {
        private int status;
        private MediaType type;
        private Object entity;

        Object record(InvocationOnMock invocation) throws Throwable {
            switch (invocation.getMethod().getName()) {
                case "status" -> status = invocation.getArgument(0) instanceof Response.StatusType info
                        ? info.getStatusCode() : invocation.<Integer>getArgument(0);
                case "type" -> type = invocation.getArgument(0) instanceof MediaType media ? media : null;
                case "entity" -> entity = invocation.getArgument(0);
                case "build" -> {
                    return mock(Response.class, this::answer);
                }
                default -> {
                    if (invocation.getMethod().getReturnType() != ResponseBuilder.class) {
                        return RETURNS_DEFAULTS.answer(invocation);
                    }
                }
            }
            return invocation.getMock();
        }

        private Object answer(InvocationOnMock invocation) throws Throwable {
            return switch (invocation.getMethod().getName()) {
                case "getStatus" -> status;
                case "getStatusInfo" -> Response.Status.fromStatusCode(status);
                case "getMediaType" -> type;
                case "getEntity" -> entity;
                case "hasEntity" -> entity != null;
                case "toString" -> "Response[" + status + ", " + type + ", " + entity + "]";
                default -> RETURNS_DEFAULTS.answer(invocation);
            };
        }
    }

    @Override
    public UriBuilder createUriBuilder() {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Application application, SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Class<? extends Application> clazz,
            SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException("not needed by unit tests");
    }

    @Override
    public EntityPart.Builder createEntityPartBuilder(String partName) {
        throw new UnsupportedOperationException("not needed by unit tests");
    }
}

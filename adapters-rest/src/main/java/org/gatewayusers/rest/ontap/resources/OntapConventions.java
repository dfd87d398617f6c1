package org.gatewayusers.rest.ontap.resources;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;

/**
 * What ONTAP's REST server accepts before any resource is chosen, for the paths below {@code /api}:
 * <ul>
 *   <li>{@code Accept: application/hal+json} (which NetApp's clients may send) is served like JSON, and the answer
 *   says {@code Content-Type: application/hal+json}; {@code *}{@code /*} and no {@code Accept} get JSON;</li>
 *   <li>repeated slashes in the path count as one: {@code na_ontap_rest_info} follows a {@code _links.next} of
 *   {@code /api/x?...} by asking {@code /api//x?...}.</li>
 * </ul>
 */
@Provider
@PreMatching
public class OntapConventions implements ContainerRequestFilter, ContainerResponseFilter {

    static final MediaType HAL_JSON = new MediaType("application", "hal+json");
    private static final String HAL_ASKED = OntapConventions.class.getName() + ".hal";

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path == null || !path.replaceAll("/{2,}", "/").startsWith(apiPrefix(request))) {
            return;
        }
        if (path.contains("//")) {
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(null).build(),
                    UriBuilder.fromUri(uri).replacePath(path.replaceAll("/{2,}", "/")).build());
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/hal+json")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            request.setProperty(HAL_ASKED, Boolean.TRUE);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (Boolean.TRUE.equals(request.getProperty(HAL_ASKED)) && response.getMediaType() != null
                && response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, HAL_JSON);
        }
    }

    /** {@code /api/} under the application's context root. */
    private static String apiPrefix(ContainerRequestContext request) {
        String base = request.getUriInfo().getBaseUri().getRawPath();
        return (base.endsWith("/") ? base : base + "/") + "api/";
    }
}

package org.gatewayusers.rest.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Locale;
import java.util.Objects;

/**
 * Which wire protocol a request speaks, decided here and nowhere else: the Alibaba RPC endpoint is the application's
 * root, and every other path is ONTAP's, served or not (deny by default: ONTAP's HTTP Basic guards it).
 */
public enum Dialect {
    ONTAP, RPC;

    /**
     * {@code path}: below the context root, decoded and normalised as JAX-RS ({@code UriInfo.getPath()}) or the
     * servlet container (servlet path and path info) give it; with or without its leading slash.
     */
    public static Dialect ofPath(String path) {
        return path == null || path.isEmpty() || path.equals("/") ? RPC : ONTAP;
    }

    /** The dialect of the request a servlet, filter or JAX-RS provider is handling. */
    public static Dialect of(HttpServletRequest request) {
        return ofPath(Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), ""));
    }

    /** The dialect of the request a JAX-RS filter is handling. */
    public static Dialect of(ContainerRequestContext request) {
        return ofPath(request.getUriInfo().getPath());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

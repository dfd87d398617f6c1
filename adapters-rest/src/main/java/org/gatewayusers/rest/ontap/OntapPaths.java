package org.gatewayusers.rest.ontap;

/**
 * Which requests the ONTAP dialect's HTTP Basic guards: every path but the root, which is the Alibaba RPC
 * endpoint and has its own signature. Deny by default: a path that is not exactly the root (after the
 * container decoded and normalised it) needs credentials, whether or not a resource serves it.
 */
public final class OntapPaths {

    private OntapPaths() {
    }

    /** {@code path}: the request's path below the context root, decoded, as the servlet or JAX-RS layer gives it. */
    public static boolean isRpcRoot(String path) {
        return path == null || path.isEmpty() || path.equals("/");
    }
}

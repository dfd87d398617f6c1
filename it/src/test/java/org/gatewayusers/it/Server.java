package org.gatewayusers.it;

import java.net.URI;

/**
 * Where the server that the build started listens: ports and context root come from the build's liberty.var.*
 * properties. The ONTAP tests go over HTTPS instead of HTTP with {@code -Dit.ontap.https=true}.
 */
final class Server {

    private Server() {
    }

    static URI base() {
        return URI.create("http://localhost:" + System.getProperty("http.port", "9080") + contextRoot());
    }

    static URI httpsBase() {
        return URI.create("https://localhost:" + httpsPort() + contextRoot());
    }

    /** The base of the ONTAP client: HTTP unless the system property {@code it.ontap.https} is {@code true}. */
    static URI ontapBase() {
        return Boolean.getBoolean("it.ontap.https") ? httpsBase() : base();
    }

    static int httpsPort() {
        return Integer.parseInt(System.getProperty("https.port", "9443"));
    }

    static URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    private static String contextRoot() {
        String root = System.getProperty("app.context.root", "/");
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }
}

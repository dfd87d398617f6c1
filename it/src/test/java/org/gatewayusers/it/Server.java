package org.gatewayusers.it;

import java.net.URI;

/** Where the server that the build started listens: ports and context root come from the build's liberty.var.* properties. */
final class Server {

    private Server() {
    }

    static URI base() {
        String root = System.getProperty("app.context.root", "/");
        String trimmed = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        return URI.create("http://localhost:" + System.getProperty("http.port", "9080") + trimmed);
    }

    static URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }
}

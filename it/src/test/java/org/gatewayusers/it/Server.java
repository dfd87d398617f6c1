package org.gatewayusers.it;

import java.net.URI;
import java.util.Optional;

/**
 * Where the server under test listens: ports and context root come from the build's liberty.var.* properties (in the
 * PostgreSQL pass, from {@link PostgresPass}, which starts its servers). The ONTAP tests go over HTTPS instead of HTTP
 * with {@code -Dit.ontap.https=true}.
 *
 * <p>Where a pass has a second server on the same database (the PostgreSQL pass), its ports are the system properties
 * {@code it.second.http.port} and {@code it.second.https.port} (its Liberty name {@code it.second.server.name}); a test
 * that needs two servers asks {@link #secondBase()} and is skipped where there is none (on the embedded H2, which one
 * server holds alone).
 */
final class Server {

    private Server() {
    }

    static URI base() {
        return URI.create("http://localhost:" + httpPort() + contextRoot());
    }

    static int httpPort() {
        return Integer.parseInt(System.getProperty("http.port", "9080"));
    }

    /** The second server on the same database, where this pass has one. */
    static Optional<URI> secondBase() {
        return secondHttpPort().map(port -> URI.create("http://localhost:" + port + contextRoot()));
    }

    static Optional<Integer> secondHttpPort() {
        return port("it.second.http.port");
    }

    static Optional<Integer> secondHttpsPort() {
        return port("it.second.https.port");
    }

    /** Whether this pass runs on PostgreSQL ({@code it.database=postgres}) rather than the embedded H2. */
    static boolean onPostgres() {
        return "postgres".equals(System.getProperty("it.database"));
    }

    private static Optional<Integer> port(String property) {
        String value = System.getProperty(property, "");
        return value.matches("[0-9]+") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
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

package org.gatewayusers.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The server's HTTPS certificate, fetched at run time as an operator would with {@code openssl s_client
 * -showcerts}, and an {@link SSLContext} that trusts that certificate and no other (like {@code curl --cacert}):
 * the server generated it, self-signed, on its first start.
 */
final class Tls {

    private static X509Certificate certificate;
    private static SSLContext context;

    private Tls() {
    }

    /** The certificate the server presents on its HTTPS port. */
    static synchronized X509Certificate serverCertificate() {
        if (certificate == null) {
            try {
                SSLContext anything = SSLContext.getInstance("TLS");
                anything.init(null, new X509ExtendedTrustManager[] {new AcceptAnything()}, null);
                try (SSLSocket socket = (SSLSocket) anything.getSocketFactory().createSocket("localhost", Server.httpsPort())) {
                    socket.startHandshake();
                    certificate = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                }
            } catch (IOException unreachable) {
                throw new UncheckedIOException(unreachable);
            } catch (GeneralSecurityException failed) {
                throw new IllegalStateException(failed);
            }
        }
        return certificate;
    }

    /** Trusts the server's own certificate only; the host name is checked as usual (the certificate is localhost's). */
    static synchronized SSLContext trustingTheServer() {
        if (context == null) {
            try {
                KeyStore trusted = KeyStore.getInstance("PKCS12");
                trusted.load(null, null);
                trusted.setCertificateEntry("gateway-users", serverCertificate());
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trusted);
                context = SSLContext.getInstance("TLS");
                context.init(null, factory.getTrustManagers(), null);
            } catch (IOException | GeneralSecurityException failed) {
                throw new IllegalStateException(failed);
            }
        }
        return context;
    }

    /** Only to read the certificate that is then pinned; never used for a request. */
    private static final class AcceptAnything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

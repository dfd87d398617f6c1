package org.gatewayusers.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A minimal HTTP/1.1 client whose connections come from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), which
 * {@code java.net.http} of Java 17 cannot do: failed logins are counted per client address, and a test that floods
 * from one address must not throttle the address every other test uses. One connection per request.
 */
final class FromAddress {

    /** A status and body. */
    record Answer(int status, String body) {
    }

    private final InetAddress source;
    private final URI base;

    FromAddress(String sourceAddress, URI base) {
        try {
            this.source = InetAddress.getByName(sourceAddress);
        } catch (IOException unknown) {
            throw new UncheckedIOException(unknown);
        }
        this.base = base;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A GET of the path with this Authorization header. */
    Answer get(String pathAndQuery, String authorization) {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            String head = "GET " + base.getPath() + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int lineEnd = text.indexOf("\r\n");
        if (lineEnd < 0) {
            throw new IllegalStateException("no status line in " + text);
        }
        int status = Integer.parseInt(text.substring(0, lineEnd).split(" ")[1]);
        int bodyStart = text.indexOf("\r\n\r\n");
        String headers = text.substring(0, bodyStart).toLowerCase(java.util.Locale.ROOT);
        String body = text.substring(bodyStart + 4);
        if (headers.contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, body);
    }

    private static String unchunk(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.writeBytes(chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.UTF_8));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

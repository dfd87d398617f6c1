package org.gatewayusers.rest.pop;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What arrived on the wire for one RPC call, before any parameter is read: the method, the raw query string, the
 * headers (names in lower case, the first value of each) and the body's exact bytes. Signature v3 hashes the bytes and
 * signs the headers, so nothing here is decoded or normalised.
 */
public record PopHttpRequest(String method, String rawQuery, Map<String, String> headers, byte[] body) {

    public PopHttpRequest {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    /** The request as the container gives it, with the body read by the endpoint (empty for a GET). */
    public static PopHttpRequest of(HttpServletRequest http, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        var names = http.getHeaderNames();
        if (names != null) {
            for (String name : Collections.list(names)) {
                String value = http.getHeader(name);
                headers.putIfAbsent(name.toLowerCase(Locale.ROOT), value == null ? "" : value);
            }
        }
        if (http.getContentType() != null) {
            headers.putIfAbsent("content-type", http.getContentType());
        }
        return new PopHttpRequest(http.getMethod(), http.getQueryString(), headers, body);
    }

    /** A header by its name in any case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as form parameters when it is {@code application/x-www-form-urlencoded}; otherwise none. */
    public String formBody() {
        boolean form = header("content-type").map(type -> type.toLowerCase(Locale.ROOT).startsWith(PopEndpoint.FORM))
                .orElse(false);
        return form ? new String(body, StandardCharsets.UTF_8) : null;
    }
}

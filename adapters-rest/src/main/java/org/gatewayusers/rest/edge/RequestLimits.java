package org.gatewayusers.rest.edge;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The limits every request meets before anything reads it deeply, answered in the dialect's own error body
 * (through {@link EdgeAnswers}):
 *
 * <ul>
 * <li>a body of at most {@value #MAX_BODY_BYTES} bytes (413): a {@code Content-Length} above it is refused
 * unread, a body without one is read up to the limit and no further;</li>
 * <li>a query string of at most {@value #MAX_QUERY_LENGTH} characters (414);</li>
 * <li>at most {@value #MAX_PARAMETERS} parameters, query and form body together (400);</li>
 * <li>a parameter name or value of at most {@value #MAX_PARAMETER_LENGTH} characters, encoded (400);</li>
 * <li>percent-escapes and bodies in well-formed UTF-8 (400).</li>
 * </ul>
 *
 * The body is then handed on from memory, so what reads it later reads the same bytes.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestLimits implements ContainerRequestFilter {

    public static final int MAX_BODY_BYTES = 256 * 1024;
    public static final int MAX_QUERY_LENGTH = 16 * 1024;
    public static final int MAX_PARAMETERS = 100;
    public static final int MAX_PARAMETER_LENGTH = 8 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        Dialect dialect = Dialect.of(request);
        check(request).ifPresent(refusal -> request.abortWith(EdgeAnswers.answer(http, dialect, refusal)));
    }

    private Optional<EdgeRefusal> check(ContainerRequestContext request) {
        String query = http.getQueryString();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            return Optional.of(EdgeRefusal.queryTooLong(MAX_QUERY_LENGTH));
        }
        Optional<EdgeRefusal> tooLarge = Optional.of(EdgeRefusal.bodyTooLarge(MAX_BODY_BYTES));
        if (request.getLength() > MAX_BODY_BYTES) {
            return tooLarge;
        }
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            Optional<byte[]> read = readAtMost(request.getEntityStream(), MAX_BODY_BYTES + 1);
            if (read.isEmpty()) {
                return Optional.of(EdgeRefusal.malformed("The request body could not be read to its end."));
            }
            body = read.get();
            if (body.length > MAX_BODY_BYTES) {
                return tooLarge;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        String bodyText;
        try {
            bodyText = strictUtf8(body);
        } catch (CharacterCodingException malformed) {
            return Optional.of(EdgeRefusal.malformed("The request body is not well-formed UTF-8."));
        }
        int parameters = 0;
        Optional<EdgeRefusal> queryRefusal = checkParameters(query);
        if (queryRefusal.isPresent()) {
            return queryRefusal;
        }
        parameters += count(query);
        if (isForm(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            Optional<EdgeRefusal> formRefusal = checkParameters(bodyText);
            if (formRefusal.isPresent()) {
                return formRefusal;
            }
            parameters += count(bodyText);
        }
        if (parameters > MAX_PARAMETERS) {
            return Optional.of(EdgeRefusal.tooManyParameters(MAX_PARAMETERS));
        }
        return Optional.empty();
    }

    private static Optional<EdgeRefusal> checkParameters(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        if (count(encoded) > MAX_PARAMETERS) {
            return Optional.of(EdgeRefusal.tooManyParameters(MAX_PARAMETERS));
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (name.length() > MAX_PARAMETER_LENGTH || value.length() > MAX_PARAMETER_LENGTH) {
                return Optional.of(EdgeRefusal.parameterTooLong(MAX_PARAMETER_LENGTH));
            }
            if (!wellFormedEscapes(name) || !wellFormedEscapes(value)) {
                return Optional.of(EdgeRefusal.malformed("A parameter is not percent-encoded UTF-8."));
            }
        }
        return Optional.empty();
    }

    private static int count(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return 0;
        }
        int pairs = 0;
        for (String pair : encoded.split("&")) {
            if (!pair.isEmpty()) {
                pairs++;
            }
        }
        return pairs;
    }

    /** Whether each {@code %XX} is two hex digits and the bytes they make (with the plain characters) are UTF-8. */
    static boolean wellFormedEscapes(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            int c = encoded.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return false;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write((high << 4) | low);
                i += 3;
            } else {
                bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        try {
            strictUtf8(bytes.toByteArray());
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static String strictUtf8(byte[] body) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM);
    }

    /** The first bytes of the body, up to the limit; none when the client stopped sending it. */
    private static Optional<byte[]> readAtMost(InputStream in, int limit) {
        try {
            return Optional.of(in.readNBytes(limit));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}

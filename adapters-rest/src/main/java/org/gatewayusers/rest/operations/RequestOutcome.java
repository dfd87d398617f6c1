package org.gatewayusers.rest.operations;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewayusers.rest.edge.Dialect;

/**
 * The vendor's code of an answer, read back from the error body the dialect wrote (this class chooses no code):
 * ONTAP's {@code {"error": {"code": "655736"}}}, the RPC {@code {"Code": "GatewayNotExist"}} or
 * {@code <Error><Code>GatewayNotExist</Code></Error>}. A success has none: its outcome is {@value #OK}.
 */
final class RequestOutcome {

    static final String OK = "ok";
    /** An error body that names no code (the container's own, say): the status alone tells. */
    static final String NONE = "none";
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");
    private static final int LONGEST_ERROR_BODY = 64 * 1024;

    private RequestOutcome() {
    }

    static String code(Dialect dialect, int status, Object entity) {
        if (status < 400) {
            return OK;
        }
        String body = entity instanceof String text ? text : entity instanceof JsonObject json ? json.toString() : null;
        if (body == null || body.length() > LONGEST_ERROR_BODY) {
            return NONE;
        }
        return (dialect == Dialect.ONTAP ? ontapCode(body) : rpcCode(body)).orElse(NONE);
    }

    private static Optional<String> ontapCode(String body) {
        return json(body).map(object -> object.getJsonObject("error"))
                .map(error -> error.get("code") == null ? null : error.get("code").toString().replace("\"", ""));
    }

    private static Optional<String> rpcCode(String body) {
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{")) {
            return json(body).map(object -> object.getString("Code", null));
        }
        Matcher code = XML_CODE.matcher(body);
        return code.find() ? Optional.of(code.group(1)) : Optional.empty();
    }

    private static Optional<JsonObject> json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException | ClassCastException notAnObject) {
            return Optional.empty();
        }
    }
}

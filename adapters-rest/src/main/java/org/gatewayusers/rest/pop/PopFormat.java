package org.gatewayusers.rest.pop;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code Format=JSON} or {@code XML} (the default), for success and error bodies alike. */
public enum PopFormat {
    JSON("application/json;charset=utf-8"),
    XML("application/xml;charset=utf-8");

    private final String mediaType;

    PopFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format a request asks for; an unknown one is answered in XML, with an error. */
    public static PopFormat of(Optional<String> raw) {
        return of(raw, XML);
    }

    /** The format a request asks for, or the given one when it asks for none; an unknown one is an error. */
    public static PopFormat of(Optional<String> raw, PopFormat byDefault) {
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return byDefault;
        }
        return switch (raw.get().trim().toUpperCase(Locale.ROOT)) {
            case "JSON" -> JSON;
            case "XML" -> XML;
            default -> throw new PopException(PopErrors.invalidParameter("Format", "JSON or XML is expected."));
        };
    }

    public String mediaType() {
        return mediaType;
    }

    /** The body; {@code root} names the XML document element (e.g. {@code CreateGatewaySMBUserResponse} or {@code Error}). */
    public String render(String root, PopResponse body) {
        return this == JSON ? json(body).build().toString() : xml(root, body);
    }

    private static JsonObjectBuilder json(PopResponse body) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        body.fields().forEach((name, value) -> {
            if (value instanceof PopResponse nested) {
                object.add(name, json(nested));
            } else if (value instanceof List<?> items) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                items.forEach(item -> array.add(json((PopResponse) item)));
                object.add(name, array);
            } else if (value instanceof Boolean flag) {
                object.add(name, flag);
            } else if (value instanceof Long number) {
                object.add(name, number);
            } else {
                object.add(name, String.valueOf(value));
            }
        });
        return object;
    }

    private static String xml(String root, PopResponse body) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(xml, root, body);
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value instanceof List<?> items) {
            items.forEach(item -> element(xml, name, item));
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof PopResponse nested) {
            for (Map.Entry<String, Object> field : nested.fields().entrySet()) {
                element(xml, field.getKey(), field.getValue());
            }
        } else {
            escape(xml, String.valueOf(value));
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (legal) {
                        xml.appendCodePoint(c);
                    } else {
                        xml.append("&#xFFFD;");
                    }
                }
            }
        });
    }
}

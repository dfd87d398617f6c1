package org.gatewayusers.rest.pop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response body in the vendor's shape, rendered as JSON or XML alike: fields in order, whose
 * values are strings, numbers, booleans, nested bodies, or lists. A list under {@code User} inside
 * {@code Users} is {@code "Users": {"User": [...]}} in JSON and repeated {@code <User>} in XML.
 */
public final class PopResponse {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static PopResponse body() {
        return new PopResponse();
    }

    public PopResponse with(String name, String value) {
        return put(name, value);
    }

    public PopResponse with(String name, long value) {
        return put(name, value);
    }

    public PopResponse with(String name, boolean value) {
        return put(name, value);
    }

    public PopResponse with(String name, PopResponse nested) {
        return put(name, nested);
    }

    /** {@code "Users": {"User": [...]}}: a wrapper holding the repeated items. */
    public PopResponse withList(String wrapper, String item, List<PopResponse> items) {
        return put(wrapper, body().put(item, new ArrayList<>(items)));
    }

    /** The vendors' usual success fields: {@code Code "200"}, {@code Success true}, {@code Message "successful"}. */
    public PopResponse successful() {
        return with("Code", "200").with("Success", true).with("Message", "successful");
    }

    private PopResponse put(String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }
}

package org.gatewayusers.rest.ontap.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatewayusers.rest.ontap.errors.OntapProblem;

/**
 * The query string read leniently, as ONTAP reads it: curl sends {@code name=a*|b*} without
 * encoding the {@code |}, which a strict URI parser refuses. Malformed escapes are a 400, never a 500.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Map<String, List<String>> of(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw OntapProblem.badField(null, "The query string is not well formed: " + malformed.getMessage());
        }
    }
}

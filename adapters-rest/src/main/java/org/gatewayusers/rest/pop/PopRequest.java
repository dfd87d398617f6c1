package org.gatewayusers.rest.pop;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one RPC call, from the query string and an {@code application/x-www-form-urlencoded}
 * body together (Terraform sends the body). Typed reads fail as the vendor's 400s, never as 500s.
 */
public final class PopRequest {

    private final String httpMethod;
    private final Map<String, String> parameters;
    /** The names an action may read, or null: any. */
    private final Set<String> readable;

    private PopRequest(String httpMethod, Map<String, String> parameters) {
        this(httpMethod, parameters, null);
    }

    private PopRequest(String httpMethod, Map<String, String> parameters, Set<String> readable) {
        this.httpMethod = httpMethod;
        this.parameters = parameters;
        this.readable = readable;
    }

    /**
     * This request as an action sees it: only the parameters it declares (and their aliases) may be read; reading
     * another is a fault of the action, never of the caller ({@link IllegalStateException}, answered as an internal
     * error), which keeps {@link PopAction#parameters()} true.
     */
    public PopRequest declaredOnly(PopAction action) {
        Set<String> names = new HashSet<>();
        action.parameters().forEach(parameter -> {
            names.add(parameter.name());
            names.addAll(parameter.aliases());
        });
        return new PopRequest(httpMethod, parameters, Set.copyOf(names));
    }

    /** Reads both sources; a parameter given twice with different values is refused. */
    public static PopRequest of(String httpMethod, String rawQuery, String formBody) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        decodeInto(rawQuery, all);
        decodeInto(formBody, all);
        Map<String, String> single = new LinkedHashMap<>();
        all.forEach((name, values) -> {
            if (values.stream().distinct().count() > 1) {
                throw new PopException(PopErrors.invalidParameter(name, "it is given more than once."));
            }
            single.put(name, values.get(0));
        });
        return new PopRequest(httpMethod, single);
    }

    private static void decodeInto(String encoded, Map<String, List<String>> into) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new PopException(PopErrors.invalidParameter("(query)", "a percent-escape is malformed."));
        }
    }

    /** This request with one more parameter (a v3 header such as {@code x-acs-action}); a different value given too is refused. */
    public PopRequest with(String name, String value) {
        String given = parameters.get(name);
        if (given != null && !given.equals(value)) {
            throw new PopException(PopErrors.invalidParameter(name, "it is given more than once."));
        }
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new PopRequest(httpMethod, more, readable);
    }

    /**
     * This request with a parameter an SDK sends under another name ({@code PageNo} for {@code PageNumber},
     * {@code Email} for {@code UserMail}) read under the documented one; both given with different values is refused.
     */
    public PopRequest aliased(String name, String alias) {
        Optional<String> other = optional(alias);
        return other.isEmpty() ? this : with(name, other.get());
    }

    public String httpMethod() {
        return httpMethod;
    }

    /** All parameters, as the signature check needs them. */
    public Map<String, String> parameters() {
        return Map.copyOf(parameters);
    }

    /** A parameter, empty when absent; an empty value counts as given. */
    public Optional<String> optional(String name) {
        if (readable != null && !readable.contains(name)) {
            throw new IllegalStateException("the action reads the parameter " + name + " it does not declare");
        }
        return Optional.ofNullable(parameters.get(name));
    }

    /** A parameter the action needs; absent or empty is {@code MissingParameter}. */
    public String required(String name) {
        return optional(name).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new PopException(PopErrors.missingParameter(name)));
    }

    /** An integer parameter within bounds, its default when absent; anything else is {@code InvalidParameter}. */
    public int integer(String name, int byDefault, int min, int max) {
        Optional<String> raw = optional(name).filter(value -> !value.isEmpty());
        if (raw.isEmpty()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(raw.get().trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException notInRange) {
            throw new PopException(PopErrors.invalidParameter(name, "an integer from " + min + " to " + max + " is expected."));
        }
    }

    /** An integer parameter within bounds, or null when it is absent or empty; anything else is {@code InvalidParameter}. */
    public Integer optionalInteger(String name, int min, int max) {
        return optional(name).filter(value -> !value.isEmpty()).isPresent() ? integer(name, 0, min, max) : null;
    }

    /** A boolean parameter ({@code true}/{@code false}, any case), or null when it is absent or empty. */
    public Boolean optionalBool(String name) {
        return optional(name).filter(value -> !value.isEmpty()).isPresent() ? bool(name, false) : null;
    }

    /** A boolean parameter ({@code true}/{@code false}, any case), its default when absent. */
    public boolean bool(String name, boolean byDefault) {
        Optional<String> raw = optional(name).filter(value -> !value.isEmpty());
        if (raw.isEmpty()) {
            return byDefault;
        }
        return switch (raw.get().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new PopException(PopErrors.invalidParameter(name, "true or false is expected."));
        };
    }
}

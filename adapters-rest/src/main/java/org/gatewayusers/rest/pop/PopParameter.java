package org.gatewayusers.rest.pop;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One request parameter of an RPC action, as the action declares it ({@link PopAction#parameters()}): its name,
 * whether the action refuses a call without it, its type on the wire, and the other names SDKs send it under. The
 * endpoint lets an action read only what it declares ({@link PopRequest#declaredOnly}), so the declarations, which the
 * OpenAPI document shows, cannot drift from what the actions read.
 */
public record PopParameter(String name, boolean required, Type type, List<String> aliases) {

    /** The parameter's type as the action reads it; every value travels as text. */
    public enum Type {
        STRING, INTEGER, BOOLEAN
    }

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9.]*");

    public PopParameter {
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        if (!NAME.matcher(name).matches() || aliases.stream().anyMatch(alias -> !NAME.matcher(alias).matches())) {
            throw new IllegalArgumentException("not an RPC parameter name: " + name + " " + aliases);
        }
    }

    /** A string the action cannot do without (absent or empty: {@code MissingParameter} or the product's own code). */
    public static PopParameter required(String name) {
        return new PopParameter(name, true, Type.STRING, List.of());
    }

    /** A string the action may be given. */
    public static PopParameter optional(String name) {
        return new PopParameter(name, false, Type.STRING, List.of());
    }

    /** The same parameter as an integer. */
    public PopParameter integer() {
        return new PopParameter(name, required, Type.INTEGER, aliases);
    }

    /** The same parameter as a boolean ({@code true}/{@code false}). */
    public PopParameter bool() {
        return new PopParameter(name, required, Type.BOOLEAN, aliases);
    }

    /** The same parameter, also read under another name an SDK sends. */
    public PopParameter alias(String alias) {
        return new PopParameter(name, required, type, java.util.stream.Stream.concat(aliases.stream(),
                java.util.stream.Stream.of(alias)).toList());
    }
}

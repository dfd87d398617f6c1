package org.gatewayusers.rest.pop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatewayusers.rest.pop.sgw.CloudStorageGateway;
import org.gatewayusers.rest.pop.smartag.SmartAccessGateway;

/** The products the RPC endpoint serves, and the product of an API version or of an action class. */
public final class PopProducts {

    public static final List<PopProduct> ALL = List.of(CloudStorageGateway.PRODUCT, SmartAccessGateway.PRODUCT);

    private static final Map<String, PopProduct> BY_VERSION = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(PopProduct::version, Function.identity()));
    private static final Map<Class<?>, PopProduct> BY_ACTION_CLASS = ALL.stream()
            .flatMap(product -> product.actions().stream().map(action -> Map.entry(action, product)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private PopProducts() {
    }

    /** The product whose API version this is, if any. */
    public static Optional<PopProduct> ofVersion(String version) {
        return Optional.ofNullable(BY_VERSION.get(version));
    }

    /**
     * The product that lists the action's class, or a class it extends (a container may hand over a subclass of the
     * bean class).
     */
    public static PopProduct listing(PopAction action) {
        for (Class<?> type = action.getClass(); type != null; type = type.getSuperclass()) {
            PopProduct product = BY_ACTION_CLASS.get(type);
            if (product != null) {
                return product;
            }
        }
        throw new IllegalStateException("no RPC product lists the action " + action.getClass().getName());
    }
}

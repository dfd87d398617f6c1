package org.gatewayusers.rest.pop;

import java.util.Optional;
import org.gatewayusers.domain.access.ResourceName;
import org.gatewayusers.rest.pop.PopProduct.ResourceParameter;

/**
 * What RAM policies are matched against for an RPC call: the action as {@code <product>:<Action>} and the resource
 * the call acts on, {@code acs:<product>:<RegionId or *>:<account of the key>:<type>/<id>}, taken from the first
 * of the product's resource parameters ({@link PopProduct#resources()}) that the call gives; {@code *} for a call that
 * names none (creating a storage bundle, say), which only a policy with {@code "Resource": "*"} covers.
 */
public final class PopResources {

    private PopResources() {
    }

    /** The product code of an action's API version ({@code hcs-sgw} for 2018-05-11, say). */
    public static String product(String version) {
        return productOf(version).code();
    }

    /** {@code <product>:<Action>}. */
    public static String action(PopAction action) {
        return product(action.version()) + ":" + action.name();
    }

    /** The resource name of the call, or {@code *}. */
    public static String resource(PopAction action, PopRequest request, String accountId) {
        PopProduct product = productOf(action.version());
        String region = request.optional("RegionId").orElse(null);
        for (ResourceParameter naming : product.resources()) {
            Optional<String> id = request.optional(naming.parameter()).filter(value -> !value.isEmpty());
            if (id.isPresent()) {
                return ResourceName.of(product.code(), region, accountId, naming.type(), id.get()).toString();
            }
        }
        return ResourceName.ANY;
    }

    private static PopProduct productOf(String version) {
        return PopProducts.ofVersion(version)
                .orElseThrow(() -> new IllegalStateException("no RAM product is known for API version " + version));
    }
}

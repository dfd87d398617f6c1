package org.gatewayusers.rest.pop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewayusers.domain.access.ResourceName;

/**
 * What RAM policies are matched against for an RPC call: the action as {@code <product>:<Action>} and the resource
 * the call acts on, {@code acs:<product>:<RegionId or *>:<account of the key>:<type>/<id>}, taken from the first
 * parameter of the product's list that the call gives; {@code *} for a call that names none (creating a storage
 * bundle, say), which only a policy with {@code "Resource": "*"} covers.
 */
public final class PopResources {

    public static final String HCS_SGW = "hcs-sgw";
    public static final String SMARTAG = "smartag";

    private static final Map<String, String> PRODUCT_BY_VERSION = Map.of(
            "2018-05-11", HCS_SGW,
            "2018-03-13", SMARTAG);

    /** A parameter that names a resource, and the resource type it names. */
    private record Naming(String parameter, String type) {
    }

    private static final Map<String, List<Naming>> RESOURCES_BY_PRODUCT = Map.of(
            HCS_SGW, List.of(
                    new Naming("GatewayId", "gateway"),
                    // DescribeTasks names the gateway as its target
                    new Naming("TargetId", "gateway"),
                    new Naming("StorageBundleId", "storagebundle")),
            SMARTAG, List.of(
                    new Naming("SmartAGId", "smartag"),
                    // DeleteSmartAccessGateway names the instance as InstanceId
                    new Naming("InstanceId", "smartag")));

    private PopResources() {
    }

    /** The product of an action's API version ({@code hcs-sgw} for 2018-05-11, {@code smartag} for 2018-03-13). */
    public static String product(String version) {
        String product = PRODUCT_BY_VERSION.get(version);
        if (product == null) {
            throw new IllegalStateException("no RAM product is known for API version " + version);
        }
        return product;
    }

    /** {@code <product>:<Action>}. */
    public static String action(PopAction action) {
        return product(action.version()) + ":" + action.name();
    }

    /** The resource name of the call, or {@code *}. */
    public static String resource(PopAction action, PopRequest request, String accountId) {
        String product = product(action.version());
        String region = request.optional("RegionId").orElse(null);
        for (Naming naming : RESOURCES_BY_PRODUCT.getOrDefault(product, List.of())) {
            Optional<String> id = request.optional(naming.parameter()).filter(value -> !value.isEmpty());
            if (id.isPresent()) {
                return ResourceName.of(product, region, accountId, naming.type(), id.get()).toString();
            }
        }
        return ResourceName.ANY;
    }
}

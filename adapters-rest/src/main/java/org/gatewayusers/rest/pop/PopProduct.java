package org.gatewayusers.rest.pop;

import java.util.List;

/**
 * One product of the RPC dialect, described once: its code, which RAM names actions and resources by
 * ({@code <code>:<Action>}, {@code acs:<code>:...}), the API version its calls give as {@code Version}, the parameters
 * that name the resource a call acts on, and its action classes. Everything the endpoint, access control and the API
 * document know of a product comes from here ({@link PopProducts}).
 *
 * @param resources in the order they are tried: the first the call gives names its resource
 * @param actions the classes of the product's actions; an action's version is that of the product listing its class
 */
public record PopProduct(String code, String version, List<ResourceParameter> resources,
        List<Class<? extends PopAction>> actions) {

    public PopProduct {
        resources = List.copyOf(resources);
        actions = List.copyOf(actions);
    }

    /** A parameter that names a resource, and the type of resource it names ({@code gateway}, {@code smartag}). */
    public record ResourceParameter(String parameter, String type) {
    }
}

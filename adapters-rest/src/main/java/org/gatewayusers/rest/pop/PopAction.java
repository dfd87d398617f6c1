package org.gatewayusers.rest.pop;

import java.util.List;

/**
 * One RPC action of one product, such as {@code CreateGatewaySMBUser} of {@code hcs-sgw}. Adding an
 * action is adding a CDI bean that implements this and listing its class in its product ({@link PopProduct#actions()}):
 * dispatch, formats and errors are the endpoint's.
 * {@link #handle} runs in a transaction; a rejection it throws rolls it back. It reads only the parameters it declares.
 */
public interface PopAction {

    /** The API version of the product that lists this action's class, e.g. {@code 2018-05-11} for hcs-sgw. */
    default String version() {
        return PopProducts.listing(this).version();
    }

    /** The action's name, as the {@code Action} parameter gives it. */
    String name();

    /**
     * The action's own parameters (the protocol's, {@code Action}, {@code Version}, {@code Format} and the signature's,
     * are the endpoint's): the only ones {@link #handle} is given to read, and what the OpenAPI document lists.
     */
    List<PopParameter> parameters();

    PopResponse handle(PopRequest request);
}

package org.gatewayusers.rest.pop;

/**
 * One RPC action of one product, such as {@code CreateGatewaySMBUser} of {@code hcs-sgw}. Adding an
 * action is adding a CDI bean that implements this: dispatch, formats and errors are the endpoint's.
 * {@link #handle} runs in a transaction; a rejection it throws rolls it back.
 */
public interface PopAction {

    /** The product's API version, e.g. {@code 2018-05-11} for hcs-sgw. */
    String version();

    /** The action's name, as the {@code Action} parameter gives it. */
    String name();

    PopResponse handle(PopRequest request);
}
